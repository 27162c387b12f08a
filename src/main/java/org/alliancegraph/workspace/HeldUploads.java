package org.alliancegraph.workspace;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.graph.CypherText;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads between their preview and their writing, kept for their sender for {@link #KEEP} after
 * their last use: nodes, not one instance's memory, so any instance of the service can write what
 * another previewed. The sheets are kept as read (JSON text), the files themselves are not.
 */
@Component
class HeldUploads {

    static final Duration KEEP = Duration.ofMinutes(30);

    private static final String SAVE = CypherText.read("workspace/held-save.cypher");
    private static final String FIND = CypherText.read("workspace/held-find.cypher");
    private static final String WRITTEN = CypherText.read("workspace/held-written.cypher");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Sheet>> SHEETS = new TypeReference<>() {
    };

    /** An upload kept between its preview and its writing. */
    record Held(List<Sheet> sheets, UploadPlanner.Options options, String names) {
    }

    private final Neo4jClient client;

    HeldUploads(Neo4jClient client) {
        this.client = client;
    }

    void keep(String id, String owner, Held upload) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("owner", owner);
        p.put("names", upload.names());
        p.put("sheets", JSON.writeValueAsString(upload.sheets()));
        p.put("source", upload.options().source());
        p.put("sourceTitle", upload.options().sourceTitle());
        p.put("sourceDate", upload.options().sourceDate());
        p.put("sourceUrl", upload.options().sourceUrl());
        p.put("programme", upload.options().programme());
        p.put("keep", KEEP.toString());
        client.query(SAVE).bindAll(p).run();
    }

    /** This sender's upload, if it is still kept. */
    Optional<Held> find(String id, String owner) {
        return client.query(FIND).bindAll(Map.of("id", id, "owner", owner, "keep", KEEP.toString())).fetch().one()
                .map(row -> new Held(JSON.readValue((String) row.get("sheets"), SHEETS),
                        new UploadPlanner.Options((String) row.get("source"), (String) row.get("sourceTitle"),
                                (String) row.get("sourceDate"), (String) row.get("sourceUrl"), (String) row.get("programme")),
                        (String) row.get("names")));
    }

    /** The upload is written: in the writing's transaction, so it is gone exactly when its rows are there. */
    void written(String id) {
        client.query(WRITTEN).bind(id).to("id").run();
    }
}

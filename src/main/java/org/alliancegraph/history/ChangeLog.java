package org.alliancegraph.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.access.Access;
import org.alliancegraph.graph.CypherText;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Records a write, with the current caller's name, in the transaction the write runs in. */
@Component
public class ChangeLog {

    /** What a change is about: the kind of its subject, as {@code history} reads it. */
    public enum Subject { Organisation, Alliance, Source, Import }

    private static final String RECORD = CypherText.read("history/record.cypher");
    private static final String RECORD_MANY = CypherText.read("history/record-many.cypher");
    private static final String RECORD_IMPORT = CypherText.read("history/record-import.cypher");
    private static final String LATEST = CypherText.read("history/latest.cypher");

    /** One subject of a write of several, and the fields written. */
    public record Written(Subject kind, String subject, List<String> fields) {
    }

    private final Neo4jClient client;

    ChangeLog(Neo4jClient client) {
        this.client = client;
    }

    public void record(Subject kind, String subject, String operation, List<String> fields, Long version) {
        record(Access.callerName(), kind, subject, operation, fields, version);
    }

    /** As above for a caller named beforehand (a job running after its request ended). */
    public void record(String by, Subject kind, String subject, String operation, List<String> fields, Long version) {
        Map<String, Object> p = new HashMap<>();
        p.put("by", by);
        p.put("operation", operation);
        p.put("subjectKind", kind.name());
        p.put("subject", subject);
        p.put("fields", fields);
        p.put("version", version);
        client.query(RECORD).bindAll(p).run();
    }

    /**
     * Records an import by a caller named beforehand: what it did ({@code fields}, a line per file) and
     * the sources its files define, through which the history of what cites them shows it.
     */
    public void recordImport(String by, String importId, String operation, List<String> fields, List<String> sources) {
        client.query(RECORD_IMPORT).bindAll(Map.of("by", by, "operation", operation, "subject", importId, "fields", fields,
                "sources", sources)).run();
    }

    /** "changed by X at T" for the last recorded change of a subject, or empty when none is recorded. */
    public Optional<String> lastChange(Subject kind, String subject) {
        return client.query(LATEST).bindAll(Map.of("subjectKind", kind.name(), "subject", subject)).fetch().one()
                .map(r -> "changed by " + r.get("by") + " at " + r.get("at"));
    }

    /** Records one operation's writes of several subjects, in one statement. */
    public void recordAll(String operation, List<Written> written) {
        if (written.isEmpty()) {
            return;
        }
        List<Map<String, Object>> changes = written.stream().map(w -> Map.<String, Object>of("subjectKind", w.kind().name(),
                "subject", w.subject(), "fields", w.fields())).toList();
        client.query(RECORD_MANY).bindAll(Map.of("by", Access.callerName(), "operation", operation, "changes", changes)).run();
    }
}

package org.alliancegraph.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.graph.CypherText;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The reads behind an upload's plan ({@code cypher/workspace/}), each one statement for the whole upload. */
@Component
class WorkspaceQueries {

    private static final String ORGANISATIONS = CypherText.read("workspace/organisations.cypher");
    private static final String ALLIANCES = CypherText.read("workspace/alliances.cypher");
    private static final String MEMBERSHIPS = CypherText.read("workspace/memberships.cypher");
    private static final String ALLIANCES_NAMED = CypherText.read("workspace/alliances-named.cypher");
    private static final String IDS_TAKEN = CypherText.read("workspace/ids-taken.cypher");
    private static final String ORGANISATION_IN_SCOPE = CypherText.read("editing/organisation-in-scope.cypher");

    private final Neo4jClient client;

    WorkspaceQueries(Neo4jClient client) {
        this.client = client;
    }

    /** Organisations by id, as rows of the import format's columns (values as text). */
    Map<String, Map<String, Object>> organisations(Collection<String> ids) {
        return byId(client.query(ORGANISATIONS).bind(List.copyOf(ids)).to("ids").fetch().all());
    }

    /** Alliances by id, with their links and SDG contributions. */
    Map<String, Map<String, Object>> alliances(Collection<String> ids) {
        return byId(client.query(ALLIANCES).bind(List.copyOf(ids)).to("ids").fetch().all());
    }

    /** Memberships of the pairs, keyed {@code alliance|organisation|role}. */
    Map<String, Map<String, Object>> memberships(Collection<Map<String, String>> pairs) {
        Map<String, Map<String, Object>> found = new HashMap<>();
        client.query(MEMBERSHIPS).bind(List.copyOf(pairs)).to("pairs").fetch().all()
                .forEach(r -> found.put(r.get("alliance") + "|" + r.get("organisation") + "|" + r.get("role"), r));
        return found;
    }

    /** Alliances whose names the full-text index finds for these names: id → name. */
    Map<String, String> alliancesNamed(Collection<String> names) {
        Map<String, String> found = new LinkedHashMap<>();
        client.query(ALLIANCES_NAMED).bind(names.stream().map(WorkspaceQueries::phrase).toList()).to("names").fetch().all()
                .forEach(r -> found.put((String) r.get("id"), (String) r.get("name")));
        return found;
    }

    /** Of these ids, the ones taken, by kind (organisations, alliances, sources). */
    Map<String, List<String>> taken(Collection<String> organisations, Collection<String> alliances, Collection<String> sources) {
        Map<String, Object> row = client.query(IDS_TAKEN).bindAll(Map.of("organisations", List.copyOf(organisations),
                "alliances", List.copyOf(alliances), "sources", List.copyOf(sources))).fetch().one().orElseThrow();
        Map<String, List<String>> taken = new HashMap<>();
        row.forEach((k, v) -> taken.put(k, ((List<?>) v).stream().map(String::valueOf).toList()));
        return taken;
    }

    boolean organisationInScope(String id, List<String> programmes, List<String> territories) {
        return client.query(ORGANISATION_IN_SCOPE).bindAll(Map.of("id", id, "programmes", programmes, "territories", territories))
                .fetch().one().map(r -> Boolean.TRUE.equals(r.get("inScope"))).orElse(false);
    }

    /** A name as a phrase of the full-text index, without the characters its query syntax gives meaning to. */
    static String phrase(String name) {
        return "\"" + name.replaceAll("[\\\\\"+\\-!(){}\\[\\]^~*?:/&|]", " ").strip() + "\"";
    }

    private static Map<String, Map<String, Object>> byId(Collection<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put((String) r.get("id"), new HashMap<>(r)));
        return byId;
    }

    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }
}

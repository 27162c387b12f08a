package org.alliancegraph.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.graph.Reads;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads the SOURCED_FROM links of many nodes of one label in one query. */
@Component
public class ProvenanceQueries {

    private final Neo4jClient client;

    ProvenanceQueries(@Reads Neo4jClient client) {
        this.client = client;
    }

    /** Provenance per node key ({@code id} for organisations, alliances, programmes; {@code code} for vocabularies). */
    public Map<String, List<Provenance>> byKey(NodeLabel label, String key, Collection<String> keys) {
        Map<String, List<Provenance>> result = new LinkedHashMap<>();
        keys.forEach(k -> result.put(k, new ArrayList<>()));
        client.query("""
                UNWIND $keys AS key
                MATCH (n:%s {%s: key})-[x:SOURCED_FROM]->(s:Source)
                RETURN key, s {.*} AS s, x.quote AS quote, x.page AS page
                ORDER BY s.date, s.id""".formatted(label.cypher(), key))
                .bind(List.copyOf(keys)).to("keys")
                .fetchAs(Map.Entry.class)
                .mappedBy((t, r) -> Map.entry(r.get("key").asString(), new Provenance(Source.from(r.get("s")),
                        r.get("quote").isNull() ? null : r.get("quote").asString(),
                        r.get("page").isNull() ? null : r.get("page").asString())))
                .all()
                .forEach(e -> result.get((String) e.getKey()).add((Provenance) e.getValue()));
        return result;
    }

    public List<Source> allSources() {
        return List.copyOf(client.query("MATCH (s:Source) RETURN s {.*} AS s ORDER BY s.date, s.id")
                .fetchAs(Source.class).mappedBy((t, r) -> Source.from(r.get("s"))).all());
    }

    public Optional<Source> source(String id) {
        return client.query("MATCH (s:Source {id: $id}) RETURN s {.*} AS s").bind(id).to("id")
                .fetchAs(Source.class).mappedBy((t, r) -> Source.from(r.get("s"))).one();
    }
}

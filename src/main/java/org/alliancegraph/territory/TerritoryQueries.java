package org.alliancegraph.territory;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.graph.Batch;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.Reads;
import org.alliancegraph.graph.TerritoryIds;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Read queries about territories. */
@Component
public class TerritoryQueries {

    private final Neo4jClient client;

    TerritoryQueries(@Reads Neo4jClient client) {
        this.client = client;
    }

    public Optional<Territory> byId(String id) {
        return client.query("MATCH (t:Territory {id: $id}) RETURN t {.*} AS t").bind(id).to("id")
                .fetchAs(Territory.class).mappedBy((ts, r) -> Territory.from(r.get("t"))).one();
    }

    /** How many territories each level holds, in the order of the levels. */
    public List<LevelCount> countsByLevel() {
        Map<String, Long> counts = new HashMap<>();
        client.query("MATCH (t:Territory) RETURN t.level AS level, count(*) AS n").fetch().all()
                .forEach(row -> counts.put((String) row.get("level"), (Long) row.get("n")));
        return Arrays.stream(TerritoryLevel.values())
                .map(l -> new LevelCount(l, counts.getOrDefault(l.name(), 0L))).toList();
    }

    public record LevelCount(TerritoryLevel level, long count) {
    }

    private static final String SEARCH = CypherText.read("territory/search.cypher");

    /**
     * Name matches, best first; among equal scores the larger territory first (a région before the
     * commune that shares its name). The index is asked for more than the page when levels narrow it.
     */
    public List<Territory> search(String luceneQuery, List<String> levels, int first) {
        return List.copyOf(client.query(SEARCH)
                .bindAll(Map.of("query", luceneQuery, "limit", levels == null ? first : first * 20,
                        "first", first))
                .bind(levels).to("levels")
                .fetchAs(Territory.class).mappedBy((ts, r) -> Territory.from(r.get("t"))).all());
    }

    /**
     * Territories of one level; under a parent (any level above) when given, through the
     * administrative tree only: a path may end at an EPCI but not pass through one, since an EPCI
     * spanning two départements would otherwise list its communes under both.
     */
    public List<Territory> byLevel(TerritoryLevel level, String parentId) {
        String cypher = parentId == null
                ? "MATCH (t:Territory {level: $level}) RETURN t {.*} AS t ORDER BY t.code"
                : """
                  MATCH path = (:Territory {id: $parent})<-[:PART_OF*1..4]-(t:Territory {level: $level})
                  WHERE %s
                  RETURN DISTINCT t {.*} AS t ORDER BY t.code""".formatted(TerritoryIds.alongTree("path"));
        var spec = client.query(cypher).bind(level.name()).to("level");
        if (parentId != null) {
            spec = spec.bind(parentId).to("parent");
        }
        return List.copyOf(spec.fetchAs(Territory.class).mappedBy((ts, r) -> Territory.from(r.get("t"))).all());
    }

    /**
     * The chain above each territory, nearest first. The hierarchy is a tree except that a commune
     * is part of both its EPCI and its département (and an EPCI may span départements): paths may
     * start at an EPCI but not pass through one, so the chain stays commune, EPCI, département,
     * région, France.
     */
    public Map<String, List<Territory>> ancestors(Collection<String> ids) {
        Map<String, List<Territory>> result = Batch.lists(client, """
                UNWIND $ids AS key
                MATCH path = (:Territory {id: key})-[:PART_OF*1..4]->(a:Territory)
                WHERE %s
                RETURN DISTINCT key, a {.*} AS a""".formatted(TerritoryIds.alongTree("path")), Map.of("ids", List.copyOf(ids)), ids, r -> Territory.from(r.get("a")));
        result.replaceAll((k, list) -> list.stream()
                .sorted(Comparator.comparingInt((Territory t) -> t.level().depth()).reversed().thenComparing(Territory::id))
                .toList());
        return result;
    }
}

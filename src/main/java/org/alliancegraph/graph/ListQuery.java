package org.alliancegraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.alliancegraph.api.Connection;
import org.alliancegraph.api.Cursor;
import org.alliancegraph.search.NameQuery;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A keyset-paged list of one label: filter predicates, an optional full-text restriction, a sort
 * expression and the id as tie-breaker. One query per page; a count query only when asked.
 */
public final class ListQuery {

    private ListQuery() {
    }

    /**
     * @param label    the label (from the enum)
     * @param v        the node variable used by the predicates and {@code sortKey}
     * @param sortKey  a Cypher string expression the page is ordered by (then by id)
     * @param text     optional full-text search on names
     */
    public static <T> Connection<T> page(Neo4jClient client, NodeLabel label, String v, Conditions conditions,
            String sortKey, String text, int first, Cursor after, Function<Record, T> mapper, Function<T, Cursor> cursorOf) {
        Map<String, Object> params = new HashMap<>(conditions.parameters());
        String from = from(label, v, text, params);
        String keyset = "true";
        if (after != null) {
            keyset = "(" + sortKey + " > $afterKey OR (" + sortKey + " = $afterKey AND " + v + ".id > $afterId))";
            params.put("afterKey", after.sortValue());
            params.put("afterId", after.id());
        }
        params.put("limit", first + 1);
        String cypher = from + where(from) + conditions.cypher() + "\n  AND " + keyset
                + "\nRETURN " + v + " {.*} AS " + v + ", " + sortKey + " AS sortKey"
                + "\nORDER BY sortKey, " + v + ".id\nLIMIT $limit";
        List<T> rows = List.copyOf(client.query(cypher).bindAll(params).fetchAs(Object.class)
                .mappedBy((t, r) -> mapper.apply(r)).all()).stream().map(o -> {
                    @SuppressWarnings("unchecked")
                    T item = (T) o;
                    return item;
                }).toList();
        Map<String, Object> countParams = new HashMap<>(conditions.parameters());
        String countFrom = from(label, v, text, countParams);
        String countCypher = countFrom + where(countFrom) + conditions.cypher() + "\nRETURN count(*)";
        return Connection.of(rows, first, cursorOf, after != null, () -> client.query(countCypher).bindAll(countParams)
                .fetchAs(Long.class).one().orElse(0L).intValue());
    }

    /** A MATCH takes a WHERE; the full-text form already has one, so further predicates are ANDed. */
    private static String where(String from) {
        return from.endsWith(" AND true") ? "\n  AND " : "\nWHERE ";
    }

    private static String from(NodeLabel label, String v, String text, Map<String, Object> params) {
        if (text == null || text.isBlank()) {
            return "MATCH (" + v + ":" + label.cypher() + ")";
        }
        params.put("text", NameQuery.lucene(text));
        // The index spans several labels: keep this one (the WHERE that follows ANDs to it).
        return "CALL db.index.fulltext.queryNodes('actor_name_search', $text, {limit: 100000}) YIELD node AS " + v
                + "\nWITH " + v + " WHERE " + v + ":" + label.cypher() + " AND true";
    }
}

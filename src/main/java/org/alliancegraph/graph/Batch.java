package org.alliancegraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Runs one query for a whole batch of parents (the keys of a GraphQL DataLoader) and groups its rows
 * by the {@code key} column. This is what keeps nested fields at one query per field, however many
 * parents a level has.
 */
public final class Batch {

    private record Keyed(String key, Object value) {
    }

    private Batch() {
    }

    /** Rows grouped per key, in query order; every key is present, with an empty list when it has no rows. */
    @SuppressWarnings("unchecked")
    public static <T> Map<String, List<T>> lists(Neo4jClient client, String cypher, Map<String, Object> params,
            Collection<String> keys, Function<Record, T> mapper) {
        Map<String, List<T>> result = new LinkedHashMap<>();
        keys.forEach(k -> result.put(k, new ArrayList<>()));
        for (Keyed row : rows(client, cypher, params, mapper)) {
            result.computeIfAbsent(row.key(), k -> new ArrayList<>()).add((T) row.value());
        }
        return result;
    }

    /** One value per key (keys without a row are absent). */
    @SuppressWarnings("unchecked")
    public static <T> Map<String, T> singles(Neo4jClient client, String cypher, Map<String, Object> params,
            Function<Record, T> mapper) {
        Map<String, T> result = new LinkedHashMap<>();
        for (Keyed row : rows(client, cypher, params, mapper)) {
            result.put(row.key(), (T) row.value());
        }
        return result;
    }

    /**
     * Hands batch results back to their parents for a {@code @BatchMapping}: each parent gets the value
     * of its key, or {@code missing}; with a null {@code missing}, parents without a value are left out
     * (GraphQL then answers null for them).
     */
    public static <P, V> Map<P, V> perParent(List<P> parents, Function<P, String> key, Map<String, V> byKey, V missing) {
        Map<P, V> result = new LinkedHashMap<>();
        for (P parent : parents) {
            V value = byKey.getOrDefault(key.apply(parent), missing);
            if (value != null) {
                result.putIfAbsent(parent, value);
            }
        }
        return result;
    }

    /** The distinct keys of a batch of parents. */
    public static <P> List<String> keys(List<P> parents, Function<P, String> key) {
        return parents.stream().map(key).distinct().toList();
    }

    private static <T> Collection<Keyed> rows(Neo4jClient client, String cypher, Map<String, Object> params,
            Function<Record, T> mapper) {
        return client.query(cypher).bindAll(params).fetchAs(Keyed.class)
                .mappedBy((typeSystem, record) -> new Keyed(record.get("key").asString(), mapper.apply(record)))
                .all();
    }
}

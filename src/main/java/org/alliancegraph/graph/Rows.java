package org.alliancegraph.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.neo4j.driver.Value;

/** Null-safe reads of the map projections ({@code n {.*}}) that read queries return. */
public final class Rows {

    private Rows() {
    }

    public static String str(Value map, String key) {
        Value v = map.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    public static LocalDate date(Value map, String key) {
        Value v = map.get(key);
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    public static Long lng(Value map, String key) {
        Value v = map.get(key);
        return v == null || v.isNull() ? null : v.asLong();
    }

    /** An organisation's or alliance's {@code version}: how many times it changed; 0 for one written before versions were kept. */
    public static long version(Value node) {
        Long version = lng(node, "version");
        return version == null ? 0 : version;
    }

    public static Integer integer(Value map, String key) {
        Value v = map.get(key);
        return v == null || v.isNull() ? null : v.asInt();
    }

    public static List<String> strings(Value map, String key) {
        Value v = map.get(key);
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }

    public static <E extends Enum<E>> E enumValue(Value map, String key, Class<E> type) {
        String s = str(map, key);
        return s == null ? null : Enum.valueOf(type, s);
    }

    /** Maps a list value, skipping nulls (OPTIONAL MATCH leaves them). */
    public static <T> List<T> list(Value value, Function<Value, T> mapper) {
        return value == null || value.isNull() ? List.of()
                : value.asList(v -> v).stream().filter(v -> !v.isNull()).map(mapper).toList();
    }
}

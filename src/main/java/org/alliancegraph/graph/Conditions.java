package org.alliancegraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * WHERE clauses assembled from fixed Cypher fragments written in code; user values only ever travel as
 * parameters.
 */
public final class Conditions {

    private final List<String> predicates = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public Conditions add(String predicate) {
        predicates.add(predicate);
        return this;
    }

    public Conditions add(String predicate, String parameter, Object value) {
        predicates.add(predicate);
        parameters.put(parameter, value);
        return this;
    }

    public Conditions param(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    public boolean isEmpty() {
        return predicates.isEmpty();
    }

    /** The predicates joined by AND, or {@code true}. */
    public String cypher() {
        return predicates.isEmpty() ? "true" : String.join("\n  AND ", predicates);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}

package org.alliancegraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The predicates of a WHERE clause, each a fixed fragment (from the filter files in cypher/filters,
 * {@link CypherText}), and their parameters: user values only ever travel as parameters.
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
        return param(parameter, value);
    }

    /**
     * A parameter of the predicates. Two criteria may share one only with the same value (an anchor
     * and its predicate do); otherwise one would silently answer for the other.
     */
    public Conditions param(String parameter, Object value) {
        Object before = parameters.putIfAbsent(parameter, value);
        if (before != null && !before.equals(value)) {
            throw new IllegalStateException("parameter $" + parameter + " given twice: " + before + " and " + value);
        }
        return this;
    }

    /** The predicates, each as written. */
    public List<String> predicates() {
        return List.copyOf(predicates);
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

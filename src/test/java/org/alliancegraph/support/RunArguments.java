package org.alliancegraph.support;

import java.util.Map;

import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** The statement a call to one of the driver's {@code run} methods sends, whichever overload it is. */
public final class RunArguments {

    private RunArguments() {
    }

    /** {@code args}: a {@link Query}, or the text and optionally its parameters (a Value, Map or Record). */
    @SuppressWarnings("unchecked")
    public static Query query(Object[] args) {
        if (args[0] instanceof Query q) {
            return q;
        }
        String text = (String) args[0];
        if (args.length == 1 || args[1] == null) {
            return new Query(text);
        }
        return switch (args[1]) {
            case Value v -> new Query(text, v);
            case Map<?, ?> m -> new Query(text, (Map<String, Object>) m);
            case Record r -> new Query(text, r.asMap());
            default -> throw new IllegalArgumentException("Unexpected parameters: " + args[1].getClass());
        };
    }
}

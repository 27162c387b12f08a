package org.alliancegraph.api;

import org.springframework.graphql.execution.ErrorType;

/** A write without the editor role; classified UNAUTHORIZED (no or unknown key) or FORBIDDEN. */
public class AccessDeniedException extends RuntimeException {

    private final ErrorType type;

    public AccessDeniedException(ErrorType type, String message) {
        super(message);
        this.type = type;
    }

    public ErrorType type() {
        return type;
    }
}

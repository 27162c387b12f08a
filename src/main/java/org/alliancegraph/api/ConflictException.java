package org.alliancegraph.api;

/**
 * A write refused because the node changed since the client read it ({@code expectedVersion} no
 * longer matches): classified CONFLICT, with the input field and what to do.
 */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

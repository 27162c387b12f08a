package org.alliancegraph.api;

/** Bad input from a client: names the argument or input field and says what to do about it. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Checks an optional page size against [1, max]; returns the default when absent. */
    public static int pageSize(String field, Integer value, int defaultValue, int max) {
        if (value == null) {
            return defaultValue;
        }
        if (value < 1 || value > max) {
            throw new InvalidInputException(field, "'" + field + "' must be between 1 and " + max + ", got " + value);
        }
        return value;
    }
}

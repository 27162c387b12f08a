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

    /** How far partners are followed, for every question that follows them: partners, exports, an organisation's ecosystem. */
    public static final int MAX_PARTNER_DEPTH = 3;

    /** Checks an optional depth of partners (1: direct partners) against [1, {@value #MAX_PARTNER_DEPTH}]; 1 when absent. */
    public static int partnerDepth(String field, Integer value) {
        int depth = value == null ? 1 : value;
        if (depth < 1 || depth > MAX_PARTNER_DEPTH) {
            String name = field.substring(field.lastIndexOf('.') + 1);
            throw new InvalidInputException(field, "'" + name + "' must be 1 (direct partners), 2 or 3, got " + depth);
        }
        return depth;
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

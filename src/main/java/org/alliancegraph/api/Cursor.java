package org.alliancegraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset cursors: the sort value and id of the last item of a page, opaque to clients. The next page
 * starts strictly after that key, so it stays right when items are added or removed before it
 * (unlike an offset).
 */
public record Cursor(String sortValue, String id) {

    private static final String VERSION = "v1";

    public String encode() {
        String raw = VERSION + "\u001f" + (sortValue == null ? "" : sortValue) + "\u001f" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Null for a null text; a BAD_REQUEST naming {@code argument} for anything not made by {@link #encode()}. */
    public static Cursor decode(String argument, String text) {
        if (text == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = raw.split("\u001f", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException();
            }
            return new Cursor(parts[1], parts[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(argument, "'" + argument + "' is not a cursor returned by this API; "
                    + "pass the endCursor of the previous page, or leave it out for the first page");
        }
    }
}

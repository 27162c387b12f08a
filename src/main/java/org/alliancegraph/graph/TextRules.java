package org.alliancegraph.graph;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What any stored string may hold, written once for the importer's cells and the mutations' fields:
 * a length that fits its use and no control characters (a name of "\u0000" is not a name; a
 * 1 MB name is no name either). Which rule applies follows from the field or column name, the same
 * in both paths ({@code sdg_note} and {@code sdgNote} alike).
 */
public final class TextRules {

    /** The kinds of strings, with their longest length in characters. */
    public enum Kind {
        /** An id or a reference to one: one word, no spaces. */
        IDENTIFIER(200),
        /** A name, title, label, code or page: one line. */
        NAME(500),
        /** A web address: one word. */
        URL(2_000),
        /** A quote, objectives, a note: lines allowed. */
        TEXT(20_000);

        private final int max;

        Kind(int max) {
            this.max = max;
        }

        public int max() {
            return max;
        }
    }

    private static final Set<String> IDENTIFIERS = Set.of("id", "source", "alliance", "organisation", "runby",
            "territory", "territories", "programmes", "sdgtargets", "fragilitydomains", "impacts", "inferred");
    private static final Set<String> TEXTS = Set.of("quote", "objectives", "sdgnote", "description");
    private static final Set<String> URLS = Set.of("url", "website");

    private TextRules() {
    }

    /** The rule for a field ({@code sdgNote}) or a column ({@code sdg_note}). */
    public static Kind kindOf(String field) {
        String key = field.replace("_", "").toLowerCase(Locale.ROOT);
        int dot = key.lastIndexOf('.');
        key = key.substring(dot + 1);
        if (IDENTIFIERS.contains(key)) {
            return Kind.IDENTIFIER;
        }
        if (URLS.contains(key)) {
            return Kind.URL;
        }
        return TEXTS.contains(key) ? Kind.TEXT : Kind.NAME;
    }

    /** What is wrong with {@code value} as a string of {@code kind}, in words a person can act on; empty when nothing. */
    public static Optional<String> problem(Kind kind, String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > kind.max()) {
            return Optional.of("is " + value.length() + " characters long; at most " + kind.max() + " for "
                    + switch (kind) {
                        case IDENTIFIER -> "an identifier";
                        case NAME -> "a name or label";
                        case URL -> "a web address";
                        case TEXT -> "a text";
                    });
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                // A lone half of a pair cannot be stored as UTF-8.
                if (!validSurrogate(value, i)) {
                    return Optional.of("holds a character that is not valid Unicode at position " + (i + 1) + "; remove it");
                }
                i++;
                continue;
            }
            if ((kind == Kind.IDENTIFIER || kind == Kind.URL) && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return Optional.of("holds a space or a line break at position " + (i + 1) + (kind == Kind.URL
                        ? "; a web address has none (write a space as %20)" : "; an identifier is one word, such as 'asso-tours-37'"));
            }
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !(lineBreakOrTab && kind == Kind.TEXT)) {
                return Optional.of("holds the control character U+%04X at position %d; remove it%s".formatted((int) c, i + 1,
                        lineBreakOrTab ? " (only texts such as quotes may span lines)" : ""));
            }
        }
        return Optional.empty();
    }

    private static boolean validSurrogate(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    }
}

package org.alliancegraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.queryparser.classic.QueryParserBase;

/** Turns what a person types into a safe full-text query: every word, or a word starting with it, must match. */
public final class NameQuery {

    private NameQuery() {
    }

    /**
     * French elisions ("l’", "d’", "qu’", either apostrophe) are dropped and any other apostrophe
     * splits, as the indexed names are split (searchName, schema V002): "l'innovation" is "innovation".
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            String[] parts = word.split("['\u2019]");
            for (int i = 0; i < parts.length; i++) {
                boolean elided = i < parts.length - 1 && ELISIONS.contains(parts[i].toLowerCase(Locale.ROOT));
                if (!parts[i].isEmpty() && !elided) {
                    words.add(parts[i]);
                }
            }
        }
        if (words.isEmpty()) {
            throw new InvalidInputException("text", "'text' must contain at least one word");
        }
        if (words.size() > MAX_WORDS) {
            throw new InvalidInputException("text", "'text' has " + words.size() + " words; a name search takes at most "
                    + MAX_WORDS);
        }
        return words;
    }

    private static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
            "puisqu", "quoiqu");

    /** Longer texts are no name: past these, the full-text search spent seconds and memory, then failed. */
    static final int MAX_CHARACTERS = 200;
    static final int MAX_WORDS = 16;

    public static String lucene(String text) {
        if (text != null && text.length() > MAX_CHARACTERS) {
            throw new InvalidInputException("text", "'text' is " + text.length() + " characters long; a name search takes at most "
                    + MAX_CHARACTERS);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "'text' must contain at least one word");
        }
        StringBuilder query = new StringBuilder();
        for (String word : words(text)) {
            // Lower case: the analyzer folds case anyway, and Lucene's operators (AND, OR, NOT) are upper case.
            String escaped = QueryParserBase.escape(word.toLowerCase(Locale.ROOT));
            query.append(query.isEmpty() ? "" : " AND ").append('(').append(escaped).append(" OR ").append(escaped).append("*)");
        }
        return query.toString();
    }
}

package org.alliancegraph.search;

import java.util.Locale;

import org.alliancegraph.api.InvalidInputException;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/** Turns what a person types into a safe full-text query: every word, or a word starting with it, must match. */
public final class NameQuery {

    private NameQuery() {
    }

    public static String lucene(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "'text' must contain at least one word");
        }
        StringBuilder query = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            // Lower case: the analyzer folds case anyway, and Lucene's operators (AND, OR, NOT) are upper case.
            String escaped = QueryParserBase.escape(word.toLowerCase(Locale.ROOT));
            query.append(query.isEmpty() ? "" : " AND ").append('(').append(escaped).append(" OR ").append(escaped).append("*)");
        }
        return query.toString();
    }
}

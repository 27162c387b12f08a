package org.alliancegraph.source;

/**
 * Where one fact comes from: the source, and a short quote or page that supports it; {@code speaker}
 * the organisation whose own words the quote reports, when it names no one (« nous »).
 */
public record Provenance(Source source, String quote, String page, String speaker) {

    public Provenance(Source source, String quote, String page) {
        this(source, quote, page, null);
    }
}

package org.alliancegraph.source;

/** Where one fact comes from: the source, and a short quote or page that supports it. */
public record Provenance(Source source, String quote, String page) {
}

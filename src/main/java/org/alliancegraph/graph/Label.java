package org.alliancegraph.graph;

/** A label shown to people, in French (the domain's own words) and English. */
public record Label(String fr, String en) {

    public static Label of(Labelled value) {
        return value == null ? null : value.label();
    }
}

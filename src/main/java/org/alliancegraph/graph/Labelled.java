package org.alliancegraph.graph;

/** A domain value that users see, with its label in French (the domain's own words) and English. */
public interface Labelled {

    Label label();

    default String labelFr() {
        return label().fr();
    }

    default String labelEn() {
        return label().en();
    }
}

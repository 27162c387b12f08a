package org.alliancegraph.graph;

/** A domain value that users see, with its label in French (the domain's own words) and English. */
public interface Labelled {
    String labelFr();

    String labelEn();
}

package org.alliancegraph.vocabulary;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Labelled;

/** The unit of a finding’s value. */
public enum FindingUnit implements Labelled {
    PERCENT("%", "%"),
    COUNT("nombre", "count"),
    EUR("€", "€");

    private final Label label;

    FindingUnit(String labelFr, String labelEn) {
        this.label = new Label(labelFr, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}

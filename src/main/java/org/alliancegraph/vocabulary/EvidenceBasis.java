package org.alliancegraph.vocabulary;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Labelled;

/** Why an alliance is linked to an SDG target: a source says so, or its stated purpose implies it. */
public enum EvidenceBasis implements Labelled {
    SOURCE("Indiqué par la source", "Stated by the source"),
    PURPOSE("Déduit de l’objet de l’alliance", "Inferred from the alliance’s purpose");

    private final Label label;

    EvidenceBasis(String labelFr, String labelEn) {
        this.label = new Label(labelFr, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}

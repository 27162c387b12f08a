package org.alliancegraph.vocabulary;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Labelled;

/** The five phases of the societal innovation process modelled by Le RAMEAU. */
public enum InnovationPhase implements Labelled {
    CONCEPTION("Conception", "Design"),
    EXPERIMENTATION("Expérimentation", "Experimentation"),
    MODELISATION("Modélisation", "Modelling"),
    ESSAIMAGE("Essaimage", "Spreading"),
    INDUSTRIALISATION("Industrialisation", "Scaling up");

    private final Label label;

    InnovationPhase(String labelFr, String labelEn) {
        this.label = new Label(labelFr, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}

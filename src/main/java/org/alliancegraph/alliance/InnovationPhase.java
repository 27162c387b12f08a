package org.alliancegraph.alliance;

import org.alliancegraph.graph.Labelled;

/** The five phases of the societal innovation process modelled by Le RAMEAU. */
public enum InnovationPhase implements Labelled {
    CONCEPTION("Conception", "Design"),
    EXPERIMENTATION("Expérimentation", "Experimentation"),
    MODELISATION("Modélisation", "Modelling"),
    ESSAIMAGE("Essaimage", "Spreading"),
    INDUSTRIALISATION("Industrialisation", "Scaling up");

    private final String labelFr;
    private final String labelEn;

    InnovationPhase(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    @Override
    public String labelFr() {
        return labelFr;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}

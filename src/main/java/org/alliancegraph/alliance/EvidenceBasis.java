package org.alliancegraph.alliance;

import org.alliancegraph.graph.Labelled;

/** Why an alliance is linked to an SDG target: a source says so, or its stated purpose implies it. */
public enum EvidenceBasis implements Labelled {
    SOURCE("Indiqué par la source", "Stated by the source"),
    PURPOSE("Déduit de l’objet de l’alliance", "Inferred from the alliance’s purpose");

    private final String labelFr;
    private final String labelEn;

    EvidenceBasis(String labelFr, String labelEn) {
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

package org.alliancegraph.alliance;

import org.alliancegraph.graph.Labelled;

/** Where an alliance stands. */
public enum AllianceStatus implements Labelled {
    EN_PROJET("En projet", "Planned"),
    EN_COURS("En cours", "Active"),
    TERMINEE("Terminée", "Ended"),
    INCONNU("Inconnu", "Unknown");

    private final String labelFr;
    private final String labelEn;

    AllianceStatus(String labelFr, String labelEn) {
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

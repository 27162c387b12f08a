package org.alliancegraph.vocabulary;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Labelled;

/** Where an alliance stands. */
public enum AllianceStatus implements Labelled {
    EN_PROJET("En projet", "Planned"),
    EN_COURS("En cours", "Active"),
    TERMINEE("Terminée", "Ended"),
    INCONNU("Inconnu", "Unknown");

    private final Label label;

    AllianceStatus(String labelFr, String labelEn) {
        this.label = new Label(labelFr, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}

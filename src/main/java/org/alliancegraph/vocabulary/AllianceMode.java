package org.alliancegraph.vocabulary;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Labelled;

/** The four complementary kinds of partnership observed by Le RAMEAU: mécénat, pratiques responsables, coopération économique, innovation sociétale. */
public enum AllianceMode implements Labelled {
    MECENAT("Mécénat", "Patronage"),
    PRATIQUES_RESPONSABLES("Pratiques responsables", "Responsible practices"),
    COOPERATION_ECONOMIQUE("Coopération économique", "Economic cooperation"),
    INNOVATION_SOCIETALE("Innovation sociétale", "Societal innovation");

    private final Label label;

    AllianceMode(String labelFr, String labelEn) {
        this.label = new Label(labelFr, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}

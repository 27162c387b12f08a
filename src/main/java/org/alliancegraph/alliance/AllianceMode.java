package org.alliancegraph.alliance;

import org.alliancegraph.graph.Labelled;

/** The four complementary kinds of partnership observed by Le RAMEAU: mécénat, pratiques responsables, coopération économique, innovation sociétale. */
public enum AllianceMode implements Labelled {
    MECENAT("Mécénat", "Patronage"),
    PRATIQUES_RESPONSABLES("Pratiques responsables", "Responsible practices"),
    COOPERATION_ECONOMIQUE("Coopération économique", "Economic cooperation"),
    INNOVATION_SOCIETALE("Innovation sociétale", "Societal innovation");

    private final String labelFr;
    private final String labelEn;

    AllianceMode(String labelFr, String labelEn) {
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

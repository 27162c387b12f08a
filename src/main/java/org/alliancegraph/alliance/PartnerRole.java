package org.alliancegraph.alliance;

import org.alliancegraph.graph.Labelled;

/** What an organisation does in an alliance. */
public enum PartnerRole implements Labelled {
    PORTEUR("Porteur", "Project holder"),
    CO_FONDATEUR("Co-fondateur", "Co-founder"),
    FINANCEUR("Financeur", "Funder"),
    CATALYSEUR("Catalyseur", "Catalyst"),
    OPERATEUR("Opérateur", "Operator"),
    BENEFICIAIRE("Bénéficiaire", "Beneficiary"),
    EXPERT("Expert", "Expert"),
    ACADEMIQUE("Partenaire académique", "Academic partner"),
    INSTITUTION("Institution", "Institution"),
    PAIR("Pair", "Peer"),
    PARTENAIRE("Partenaire", "Partner");

    private final String labelFr;
    private final String labelEn;

    PartnerRole(String labelFr, String labelEn) {
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

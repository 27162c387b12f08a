package org.alliancegraph.vocabulary;

import org.alliancegraph.graph.Label;
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

    private final Label label;

    PartnerRole(String labelFr, String labelEn) {
        this.label = new Label(labelFr, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}

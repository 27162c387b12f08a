package org.alliancegraph.vocabulary;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Labelled;

/** What a finding measures. */
public enum FindingTopic implements Labelled {
    INNOVATION("Les alliances, source d’innovation", "Alliances as a source of innovation"),
    CO_CONSTRUCTION("La dynamique de co-construction du territoire", "The territory’s co-construction dynamic"),
    KNOW_HOW("Savoir comment faire", "Knowing how to do it"),
    PARTNERSHIP_PRACTICE("La pratique du partenariat", "Partnership practice"),
    COLLECTIVE_ACTION("Le « jouer collectif »", "Acting together"),
    SKILLS("Les compétences développées", "Skills developed"),
    ACTOR_ROLES("Le rôle de chaque acteur face aux enjeux", "Each actor's role facing the challenges"),
    MOBILITY("La mobilité", "Mobility"),
    OUTCOMES("Les résultats d’une action", "An action's results"),
    PERFORMANCE("La performance des organisations", "Organisations' performance"),
    CAPACITY_BUILDING("L’investissement en renforcement des capacités", "Investment in capacity building");

    private final Label label;

    FindingTopic(String labelFr, String labelEn) {
        this.label = new Label(labelFr, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}

package org.alliancegraph.vocabulary;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Labelled;

/**
 * Kinds of actors, from Le RAMEAU's typology ("associations, entreprises, fondations, collectivités
 * territoriales, services de l'état, acteurs académiques, initiatives citoyennes", plus the
 * accompagnateurs and investisseurs sociétaux of the "Alliance &amp; Performance" cycle).
 */
public enum OrganisationKind implements Labelled {
    ASSOCIATION("Association", "Non-profit association"),
    ENTREPRISE("Entreprise", "Company"),
    ENTREPRISE_SOCIALE("Entreprise sociale", "Social enterprise"),
    FONDATION("Fondation", "Foundation"),
    COLLECTIVITE_TERRITORIALE("Collectivité territoriale", "Local authority"),
    SERVICE_ETAT("Service de l’État", "State service"),
    ACTEUR_PUBLIC("Acteur public", "Public body"),
    INVESTISSEUR_SOCIETAL("Investisseur sociétal", "Social investor"),
    ACCOMPAGNATEUR("Accompagnateur", "Support structure"),
    ACADEMIQUE("Acteur académique", "Academic institution"),
    RESEAU("Réseau", "Network or federation"),
    INITIATIVE_CITOYENNE("Initiative citoyenne", "Citizen initiative"),
    NON_PRECISE("Non précisé", "Not specified");

    private final Label label;

    OrganisationKind(String labelFr, String labelEn) {
        this.label = new Label(labelFr, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}

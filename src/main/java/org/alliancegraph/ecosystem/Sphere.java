package org.alliancegraph.ecosystem;

import java.util.Optional;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Labelled;
import org.alliancegraph.vocabulary.OrganisationKind;

/**
 * The "mondes différents" an alliance joins: the spheres the kinds of actors belong to. An alliance
 * is cross-sector when its partners come from two spheres or more.
 */
public enum Sphere implements Labelled {
    ASSOCIATIF("Monde associatif et fondations", "Non-profits and foundations"),
    ECONOMIQUE("Monde économique", "Business"),
    PUBLIC("Acteurs publics", "Public sector"),
    ACADEMIQUE("Monde académique", "Academia"),
    CITOYEN("Citoyens", "Citizens"),
    INTERMEDIAIRE("Réseaux et accompagnateurs", "Networks and support structures");

    private final Label label;

    Sphere(String labelFr, String labelEn) {
        this.label = new Label(labelFr, labelEn);
    }

    /** The sphere of a kind; empty for NON_PRECISE, which is left out of the mix. */
    public static Optional<Sphere> of(OrganisationKind kind) {
        return Optional.ofNullable(switch (kind) {
            case ASSOCIATION, FONDATION -> ASSOCIATIF;
            case ENTREPRISE, ENTREPRISE_SOCIALE, INVESTISSEUR_SOCIETAL -> ECONOMIQUE;
            case COLLECTIVITE_TERRITORIALE, SERVICE_ETAT, ACTEUR_PUBLIC -> PUBLIC;
            case ACADEMIQUE -> ACADEMIQUE;
            case INITIATIVE_CITOYENNE -> CITOYEN;
            case RESEAU, ACCOMPAGNATEUR -> INTERMEDIAIRE;
            case NON_PRECISE -> null;
        });
    }

    @Override
    public Label label() {
        return label;
    }
}

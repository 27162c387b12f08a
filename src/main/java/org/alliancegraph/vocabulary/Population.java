package org.alliancegraph.vocabulary;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Labelled;

/** Who a study surveyed: the population a finding holds for. */
public enum Population implements Labelled {
    CITIZENS("Citoyens", "Citizens"),
    MAYORS("Maires", "Mayors"),
    COMPANY_HEADS("Dirigeants d’entreprise", "Company heads"),
    ASSOCIATION_HEADS("Responsables associatifs", "Association heads"),
    FOUNDATIONS("Fondations", "Foundations"),
    COMPANIES("Entreprises", "Companies"),
    ASSOCIATIONS("Associations", "Associations"),
    PRO_BONO_VOLUNTEERS("Personnes engagées dans le pro bono", "Pro bono volunteers"),
    STUDENTS_AND_STAFF("Étudiants et salariés", "Students and staff"),
    BENEFICIARIES("Bénéficiaires accompagnés", "Beneficiaries supported"),
    SENIORS("Seniors", "Seniors"),
    EMPLOYEES("Salariés", "Employees"),
    /** Organisations an actor worked with (Le RAMEAU's action-research, the governing bodies it supported). */
    ORGANISATIONS("Organisations", "Organisations"),
    /** Territorial ecosystems followed. */
    TERRITORIES("Territoires", "Territories"),
    /** Projects, experiments, studies an actor ran. */
    PROJECTS("Projets et expérimentations", "Projects and experiments"),
    DECISION_MAKERS("Décideurs", "Decision makers"),
    /** Not people: the money a study measures the share of (capacity building). */
    FUNDING("Financements", "Funding");

    private final Label label;

    Population(String labelFr, String labelEn) {
        this.label = new Label(labelFr, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}

package org.alliancegraph.territory;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Labelled;

/** Levels of the French administrative hierarchy, from the country down to the commune. */
public enum TerritoryLevel implements Labelled {
    PAYS("Pays", "Country", 0),
    REGION("Région", "Region", 1),
    COLLECTIVITE_OUTRE_MER("Collectivité d’outre-mer", "Overseas collectivity", 1),
    DEPARTEMENT("Département", "Department", 2),
    EPCI("Intercommunalité (EPCI)", "Inter-municipal body (EPCI)", 3),
    COMMUNE("Commune", "Municipality", 4);

    private final Label label;
    private final int depth;

    TerritoryLevel(String labelFr, String labelEn, int depth) {
        this.label = new Label(labelFr, labelEn);
        this.depth = depth;
    }

    @Override
    public Label label() {
        return label;
    }

    /** 0 for the country, 4 for a commune: parents have a smaller depth. */
    public int depth() {
        return depth;
    }
}

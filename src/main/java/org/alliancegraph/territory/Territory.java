package org.alliancegraph.territory;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Rows;
import org.neo4j.driver.Value;

/** A French administrative division (COG): country, région, département, EPCI or commune. */
public record Territory(String id, String code, String name, TerritoryLevel level, Long population) {

    public Label levelLabel() {
        return Label.of(level);
    }

    public static Territory from(Value v) {
        return new Territory(Rows.str(v, "id"), Rows.str(v, "code"), Rows.str(v, "name"),
                Rows.enumValue(v, "level", TerritoryLevel.class), Rows.lng(v, "population"));
    }
}

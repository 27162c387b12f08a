package org.alliancegraph.programme;

import java.time.LocalDate;

import org.alliancegraph.graph.Rows;
import org.neo4j.driver.Value;

/** A programme or dispositif that alliances belong to. */
public record Programme(String id, String name, String acronym, String description, LocalDate startDate,
        LocalDate endDate) {

    public static Programme from(Value v) {
        return new Programme(Rows.str(v, "id"), Rows.str(v, "name"), Rows.str(v, "acronym"), Rows.str(v, "description"),
                Rows.date(v, "startDate"), Rows.date(v, "endDate"));
    }
}

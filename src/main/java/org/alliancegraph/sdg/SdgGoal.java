package org.alliancegraph.sdg;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Rows;
import org.neo4j.driver.Value;

/** One of the 17 Sustainable Development Goals (Objectifs de développement durable). */
public record SdgGoal(String code, int number, Label title, Label shortTitle, String uri) {

    public static SdgGoal from(Value v) {
        return new SdgGoal(Rows.str(v, "code"), Rows.integer(v, "number"),
                new Label(Rows.str(v, "titleFr"), Rows.str(v, "titleEn")),
                new Label(Rows.str(v, "shortFr"), Rows.str(v, "shortEn")), Rows.str(v, "uri"));
    }
}

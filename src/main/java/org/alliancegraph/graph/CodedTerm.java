package org.alliancegraph.graph;

import org.neo4j.driver.Value;

/** A term of a reference vocabulary (fragility domain, impact type, phase) with its code and labels. */
public record CodedTerm(String code, Label label, Integer rank, String parentCode) {

    public static CodedTerm from(Value v) {
        return new CodedTerm(Rows.str(v, "code"), new Label(Rows.str(v, "labelFr"), Rows.str(v, "labelEn")),
                Rows.integer(v, "rank"), Rows.str(v, "parent"));
    }
}

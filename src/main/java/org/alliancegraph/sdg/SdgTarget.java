package org.alliancegraph.sdg;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Rows;
import org.neo4j.driver.Value;

/** One of the 169 SDG targets, e.g. 17.17; {@code goalCode} names its goal. */
public record SdgTarget(String code, Label title, String uri, String goalCode) {

    public static SdgTarget from(Value v) {
        return new SdgTarget(Rows.str(v, "code"), new Label(Rows.str(v, "titleFr"), Rows.str(v, "titleEn")),
                Rows.str(v, "uri"), Rows.str(v, "code").substring(0, Rows.str(v, "code").indexOf('.')));
    }
}

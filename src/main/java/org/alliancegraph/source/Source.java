package org.alliancegraph.source;

import org.alliancegraph.graph.Rows;
import org.neo4j.driver.Value;

/** A document or study that facts are taken from. */
public record Source(String id, String title, String publisher, String date, String url, String kind, String file) {

    public static Source from(Value v) {
        return v == null || v.isNull() ? null : new Source(Rows.str(v, "id"), Rows.str(v, "title"), Rows.str(v, "publisher"),
                Rows.str(v, "date"), Rows.str(v, "url"), Rows.str(v, "kind"), Rows.str(v, "file"));
    }
}

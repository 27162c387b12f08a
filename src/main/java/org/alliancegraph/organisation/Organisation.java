package org.alliancegraph.organisation;

import java.util.List;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.neo4j.driver.Value;

/**
 * An actor of the co-construction movement, as read from the graph.
 *
 * @param inferred the fields taken from general knowledge rather than stated by the source
 */
public record Organisation(String id, String name, String acronym, OrganisationKind kind, String siren, String rna,
        String size, String sector, String website, List<String> inferred, long version) {

    public Label kindLabel() {
        return Label.of(kind);
    }

    /** From a map projection {@code o {.*}}. */
    public static Organisation from(Value v) {
        return new Organisation(Rows.str(v, "id"), Rows.str(v, "name"), Rows.str(v, "acronym"),
                Rows.enumValue(v, "kind", OrganisationKind.class), Rows.str(v, "siren"), Rows.str(v, "rna"),
                Rows.str(v, "size"), Rows.str(v, "sector"), Rows.str(v, "website"), Rows.strings(v, "inferred"),
                Rows.version(v));
    }
}

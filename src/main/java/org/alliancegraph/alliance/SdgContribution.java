package org.alliancegraph.alliance;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.sdg.SdgTarget;
import org.alliancegraph.vocabulary.EvidenceBasis;
import org.neo4j.driver.Record;

/** An alliance's contribution to an SDG target, and the basis the graph has for it. */
public record SdgContribution(SdgTarget target, Alliance alliance, EvidenceBasis basis, String note) {

    /** From a row with {@code t {.*}}, {@code a {.*}} and {@code c {.*}} (the CONTRIBUTES_TO relationship). */
    static SdgContribution from(Record r) {
        return new SdgContribution(SdgTarget.from(r.get("t")), Alliance.from(r.get("a")),
                Rows.enumValue(r.get("c"), "basis", EvidenceBasis.class), Rows.str(r.get("c"), "note"));
    }

    public Label basisLabel() {
        return Label.of(basis);
    }
}

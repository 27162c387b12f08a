package org.alliancegraph.alliance;

import org.alliancegraph.graph.Label;
import org.alliancegraph.sdg.SdgTarget;
import org.alliancegraph.vocabulary.EvidenceBasis;

/** An alliance's contribution to an SDG target, and the basis the graph has for it. */
public record SdgContribution(SdgTarget target, Alliance alliance, EvidenceBasis basis, String note) {

    public Label basisLabel() {
        return Label.of(basis);
    }
}

package org.alliancegraph.partnership;

import java.util.List;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.organisation.Organisation;

/**
 * An organisation reachable from the origin: how many alliances away, the alliances it shares with
 * the origin directly (empty beyond distance 1), and one shortest path to it.
 */
public record PartnerEdge(Organisation organisation, int distance, List<Alliance> sharedAlliances, PartnershipPath path) {

    public int sharedAllianceCount() {
        return sharedAlliances.size();
    }
}

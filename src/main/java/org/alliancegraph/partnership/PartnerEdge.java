package org.alliancegraph.partnership;

import java.util.List;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.organisation.Organisation;

/**
 * An organisation reachable from the origin: how many alliances away, how many alliances it shares
 * with the origin directly (0 beyond distance 1), those alliances and one shortest path to it. The
 * last two are null when the request did not ask for them ({@link PartnershipQueries.Wanted}).
 */
public record PartnerEdge(Organisation organisation, int distance, int sharedAllianceCount, List<Alliance> sharedAlliances,
        PartnershipPath path) {
}

package org.alliancegraph.partnership;

import java.util.List;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.api.Cursor;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.organisation.Partner;

/**
 * An organisation reachable from the origin, as the {@code PartnerEdge} type shows it: the partner
 * (its alliances shared with the origin: none beyond distance 1), how many alliances away, one
 * shortest path to it (null when the request did not ask for it, {@link PartnershipQueries.Wanted}),
 * and its cursor.
 */
public record PartnerEdge(Partner partner, int distance, PartnershipPath path) {

    public Organisation organisation() {
        return partner.organisation();
    }

    public int sharedAllianceCount() {
        return partner.sharedAllianceCount();
    }

    public List<Alliance> sharedAlliances() {
        return partner.sharedAlliances();
    }

    /** The sort key (distance, shared count, name, id), which is what a page starts after. */
    public String cursor() {
        return new Cursor(distance + "|" + sharedAllianceCount() + "|" + organisation().name(), organisation().id()).encode();
    }
}

package org.alliancegraph.organisation;

import java.util.List;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.graph.Rows;
import org.neo4j.driver.Value;

/**
 * A partner of an organisation: the organisation, how many alliances they share and those
 * alliances. The one row of every partners question: {@code Organisation.partners}, and inside each
 * {@code PartnerEdge} of {@code Query.partners} (where farther rows share none, and the alliances
 * are null when the request did not select them).
 */
public record Partner(Organisation organisation, int sharedAllianceCount, List<Alliance> sharedAlliances) {

    /**
     * From a map {@code {t: properties, sharedCount: n, shared: [alliance properties] or null}}, the
     * shape the partners statements return.
     */
    public static Partner from(Value row) {
        Value shared = row.get("shared");
        return new Partner(Organisation.from(row.get("t")), row.get("sharedCount").asInt(),
                shared.isNull() ? null : Rows.list(shared, Alliance::from));
    }
}

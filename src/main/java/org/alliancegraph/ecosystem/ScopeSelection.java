package org.alliancegraph.ecosystem;

import java.util.List;
import java.util.Map;

/**
 * What an export draws of a scope: the ids of the alliances and organisations kept (all of them, or
 * what a node budget keeps, largest alliances first as in the subgraph), and the bridge scores when
 * they were computed.
 *
 * @param organisationScope true for a scope around an organisation, whose traversal may leave some
 *                          members of its alliances out (memberships not in force on {@code activeAt})
 * @param bridges           betweenness per node id ({@code organisation:<id>}, {@code alliance:<id>}),
 *                          on the organisation–alliance graph as for key actors; null when not computed
 * @param bridgeMethod      EXACT or SAMPLED, null when not computed
 * @param members           counts of the kept alliances' members, when their facts were read
 */
public record ScopeSelection(ScopeInfo scope, List<String> allianceIds, List<String> actorIds, boolean truncated,
        boolean organisationScope, Map<String, Double> bridges, String bridgeMethod, int bridgeSources,
        MemberCounts members) {

    /**
     * The kept alliances' memberships and co-partner pairs (an upper bound: pairs shared by several
     * alliances count once each), known when the facts were read; null otherwise.
     */
    public record MemberCounts(long memberships, long pairs) {
    }

    public int nodeCount() {
        return allianceIds.size() + actorIds.size();
    }
}

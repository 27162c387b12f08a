package org.alliancegraph.ecosystem;

import java.util.List;

import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.ecosystem.EcosystemQueries.AllianceFact;
import org.alliancegraph.ecosystem.EcosystemQueries.Facts;
import org.alliancegraph.ecosystem.EcosystemQueries.FactsWanted;
import org.alliancegraph.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * The ecosystem's scope rules, for those who draw it outside GraphQL (the exports): the same scope
 * resolution, the same node budget as {@code subgraph(maxNodes)}, the same bridge scores as
 * {@code keyActors}. Only ids leave this package, so a large scope costs its ids, not its facts.
 */
@Component
public class ScopeSelector {

    private final EcosystemQueries queries;

    ScopeSelector(EcosystemQueries queries) {
        this.queries = queries;
    }

    /**
     * @param maxNodes             a node budget, or null for the whole scope
     * @param bridges              whether to compute bridge scores
     * @param bridgesUpToNodes     bridge scores only for a selection of at most this many nodes (their
     *                             facts are read into memory)
     */
    public ScopeSelection select(EcosystemScope scope, AllianceFilter filter, Integer maxNodes, boolean bridges,
            int bridgesUpToNodes) {
        boolean facts = maxNodes != null || bridges;
        // With a budget the facts are read with the scope (one statement); without one, only once the
        // scope is known to be small enough for bridge scores.
        Ecosystem e = queries.resolve(scope, AllianceFilter.orNone(filter),
                maxNodes != null && scope.organisation() == null ? FactsWanted.MEMBERSHIPS : FactsWanted.NONE, false);
        boolean organisationScope = e.scope().kind() == ScopeKind.ORGANISATION;
        if (!facts || (maxNodes == null && e.allianceCount() + e.actorCount() > bridgesUpToNodes)) {
            return new ScopeSelection(e.scope(), e.allianceIds(), e.actorIds(), false, organisationScope, null, null, 0, null);
        }
        Facts f = e.facts();
        List<AllianceFact> alliances = f.alliances();
        List<String> allianceIds = e.allianceIds();
        List<String> actorIds = e.actorIds();
        boolean truncated = false;
        if (maxNodes != null) {
            EcosystemAnalysis.Kept kept = EcosystemAnalysis.keep(f, maxNodes);
            alliances = kept.alliances();
            allianceIds = alliances.stream().map(AllianceFact::id).toList();
            actorIds = kept.actors().stream().map(Organisation::id).toList();
            truncated = kept.truncated();
        }
        long memberships = 0;
        long pairs = 0;
        for (AllianceFact a : alliances) {
            long n = a.members().size();
            memberships += n;
            pairs += n * (n - 1) / 2;
        }
        ScopeSelection.MemberCounts counts = new ScopeSelection.MemberCounts(memberships, pairs);
        if (!bridges || allianceIds.size() + actorIds.size() > bridgesUpToNodes) {
            return new ScopeSelection(e.scope(), allianceIds, actorIds, truncated, organisationScope, null, null, 0, counts);
        }
        EcosystemAnalysis.Bridges b = EcosystemAnalysis.bridges(alliances);
        return new ScopeSelection(e.scope(), allianceIds, actorIds, truncated, organisationScope, b.byNode(),
                b.method().name(), b.sources(), counts);
    }
}

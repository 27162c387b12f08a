package org.alliancegraph.ecosystem;

import java.util.List;


/**
 * An ecosystem as resolved for one request: the ids of the alliances and actors in scope, and the
 * facts behind the analyses, shared by every field of the request: read with the scope when the
 * request asked for an analysis, else once, on first use, by the queries the caller passes (the
 * ecosystem holds values, not the service that reads them).
 */
public final class Ecosystem {

    private final ScopeInfo scope;
    private final List<String> allianceIds;
    private final List<String> actorIds;
    private final String scopeTerritory;
    private final boolean coverageWanted;
    private final int unalliedActorCount;
    private volatile EcosystemQueries.Facts facts;
    private volatile EcosystemAnalysis.Coverage coverage;

    Ecosystem(ScopeInfo scope, List<String> allianceIds, List<String> actorIds,
            String scopeTerritory, EcosystemQueries.FactsWanted wanted, EcosystemQueries.Facts facts, int unalliedActorCount) {
        this.unalliedActorCount = unalliedActorCount;
        this.coverageWanted = wanted == EcosystemQueries.FactsWanted.FULL;
        this.facts = facts;
        this.scope = scope;
        this.allianceIds = allianceIds;
        this.actorIds = actorIds;
        this.scopeTerritory = scopeTerritory;
    }

    public ScopeInfo scope() {
        return scope;
    }

    public int allianceCount() {
        return allianceIds.size();
    }

    public int actorCount() {
        return actorIds.size();
    }

    /** The scope's own organisations (located in the territory, running the programme) in no alliance, actors or not. */
    public int unalliedActorCount() {
        return unalliedActorCount;
    }

    List<String> allianceIds() {
        return allianceIds;
    }

    List<String> actorIds() {
        return actorIds;
    }

    String scopeTerritory() {
        return scopeTerritory;
    }

    /** Whether the request asks for coverage or gaps, which need the full facts. */
    boolean coverageWanted() {
        return coverageWanted;
    }

    /** Computed once per request: both the coverage and the gaps fields need it. */
    EcosystemAnalysis.Coverage coverage(EcosystemQueries queries) {
        EcosystemAnalysis.Coverage result = coverage;
        if (result == null) {
            synchronized (this) {
                if (coverage == null) {
                    if (!facts(queries).withCoverage()) {
                        throw new IllegalStateException("coverage asked for but not foreseen when the ecosystem was resolved");
                    }
                    coverage = EcosystemAnalysis.coverage(facts(queries));
                }
                result = coverage;
            }
        }
        return result;
    }

    EcosystemQueries.Facts facts(EcosystemQueries queries) {
        EcosystemQueries.Facts result = facts;
        if (result == null) {
            synchronized (this) {
                if (facts == null) {
                    facts = queries.facts(this);
                }
                result = facts;
            }
        }
        return result;
    }
}

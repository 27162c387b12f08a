package org.alliancegraph.ecosystem;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.util.function.SingletonSupplier;

/**
 * An ecosystem as resolved for one request: the ids of the alliances and actors in scope, and the
 * facts behind the analyses, shared by every field of the request: read with the scope when the
 * request asked for an analysis, else once, on first use (a lazy value the queries give it: the
 * ecosystem holds values, not the service that reads them).
 */
public final class Ecosystem {

    private final ScopeInfo scope;
    private final List<String> allianceIds;
    private final List<String> actorIds;
    private final int unalliedActorCount;
    private final SingletonSupplier<EcosystemQueries.Facts> facts;
    private final SingletonSupplier<EcosystemAnalysis.Coverage> coverage;

    Ecosystem(ScopeInfo scope, List<String> allianceIds, List<String> actorIds,
            Supplier<EcosystemQueries.Facts> facts, int unalliedActorCount) {
        this.unalliedActorCount = unalliedActorCount;
        this.facts = SingletonSupplier.of(facts);
        this.coverage = SingletonSupplier.of(() -> {
            if (!facts().withCoverage()) {
                throw new IllegalStateException("coverage asked for but not foreseen when the ecosystem was resolved");
            }
            return EcosystemAnalysis.coverage(facts());
        });
        this.scope = scope;
        this.allianceIds = allianceIds;
        this.actorIds = actorIds;
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

    /** Computed once per request: both the coverage and the gaps fields need it. */
    EcosystemAnalysis.Coverage coverage() {
        return coverage.obtain();
    }

    /** The facts behind the analyses, read once per request. */
    EcosystemQueries.Facts facts() {
        return facts.obtain();
    }
}

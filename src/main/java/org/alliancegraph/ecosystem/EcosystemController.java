package org.alliancegraph.ecosystem;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.api.Connection;
import org.alliancegraph.api.Cursor;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.api.ListQuery;
import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.graph.Reads;
import org.alliancegraph.organisation.Organisation;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The ecosystem query. Resolving the scope is one query, which also reads the facts that coverage,
 * gaps, mix, key actors and subgraph share when any of them is asked for (the territories, targets
 * and domains only when coverage or gaps are); the actor and alliance pages are one query each.
 */
@Controller
class EcosystemController {

    static final int MAX_PAGE = 500;
    static final int MAX_KEY_ACTORS = 100;
    static final int DEFAULT_SUBGRAPH = 2_000;
    static final int MAX_SUBGRAPH = 10_000;

    private final EcosystemQueries queries;
    private final Neo4jClient client;

    EcosystemController(EcosystemQueries queries, @Reads Neo4jClient client) {
        this.queries = queries;
        this.client = client;
    }

    @QueryMapping
    Ecosystem ecosystem(@Argument EcosystemScope scope, @Argument AllianceFilter filter,
            DataFetchingFieldSelectionSet selection) {
        // Coverage and gaps need every alliance's targets, domains and territories; the subgraph, key
        // actors and mix need only who is in which alliance, a lighter read; the counts and pages none.
        EcosystemQueries.FactsWanted wanted = selection.contains("coverage") || selection.contains("gaps")
                ? EcosystemQueries.FactsWanted.FULL
                : selection.contains("keyActors") || selection.contains("subgraph") || selection.contains("crossSectorMix")
                        ? EcosystemQueries.FactsWanted.MEMBERSHIPS : EcosystemQueries.FactsWanted.NONE;
        return queries.resolve(scope, AllianceFilter.orNone(filter), wanted, selection.contains("subgraph"));
    }

    @SchemaMapping(typeName = "Ecosystem")
    Connection<Organisation> actors(Ecosystem ecosystem, @Argument Integer first, @Argument String after) {
        int size = InvalidInputException.pageSize("first", first, 50, MAX_PAGE);
        Conditions c = new Conditions().add("o.id IN $scopeIds", "scopeIds", ecosystem.actorIds());
        return ListQuery.page(client, ListQuery.Listed.ORGANISATIONS, c, "o.name", null, size, Cursor.decode("after", after),
                r -> Organisation.from(r.get("o")), o -> new Cursor(o.name(), o.id()));
    }

    @SchemaMapping(typeName = "Ecosystem")
    Connection<Alliance> alliances(Ecosystem ecosystem, @Argument Integer first, @Argument String after) {
        int size = InvalidInputException.pageSize("first", first, 50, MAX_PAGE);
        Conditions c = new Conditions().add("a.id IN $scopeIds", "scopeIds", ecosystem.allianceIds());
        return ListQuery.page(client, ListQuery.Listed.ALLIANCES, c, "a.name", null, size, Cursor.decode("after", after),
                r -> Alliance.from(r.get("a")), a -> new Cursor(a.name(), a.id()));
    }

    @SchemaMapping(typeName = "Ecosystem")
    EcosystemAnalysis.Coverage coverage(Ecosystem ecosystem) {
        return ecosystem.coverage();
    }

    @SchemaMapping(typeName = "Ecosystem")
    EcosystemAnalysis.Gaps gaps(Ecosystem ecosystem) {
        return EcosystemAnalysis.gaps(ecosystem.facts(), ecosystem.coverage());
    }

    @SchemaMapping(typeName = "Ecosystem")
    EcosystemAnalysis.CrossSectorMix crossSectorMix(Ecosystem ecosystem) {
        return EcosystemAnalysis.crossSectorMix(ecosystem.facts());
    }

    @SchemaMapping(typeName = "Ecosystem")
    EcosystemAnalysis.KeyActors keyActors(Ecosystem ecosystem, @Argument Integer first) {
        int size = InvalidInputException.pageSize("first", first, 10, MAX_KEY_ACTORS);
        return EcosystemAnalysis.keyActors(ecosystem.facts(), size);
    }

    @SchemaMapping(typeName = "Ecosystem")
    EcosystemAnalysis.Subgraph subgraph(Ecosystem ecosystem, @Argument Integer maxNodes) {
        int size = InvalidInputException.pageSize("maxNodes", maxNodes, DEFAULT_SUBGRAPH, MAX_SUBGRAPH);
        return EcosystemAnalysis.subgraph(ecosystem.facts(), size, queries::memberships);
    }

    @SchemaMapping(typeName = "SphereCombination", field = "labels")
    List<Label> sphereLabels(EcosystemAnalysis.SphereCombination combination) {
        return combination.spheres().stream().map(Sphere::label).toList();
    }
}

package org.alliancegraph.organisation;

import java.util.List;
import java.util.Map;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.graph.Batch;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.Reads;
import org.alliancegraph.programme.Programme;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The organisations seen from what points to them: an alliance's partners ({@code Alliance.partners},
 * memberships name organisations) and the organisations that run a programme. They are answered here
 * so that the {@code alliance} and {@code programme} modules know nothing of this one. The partners'
 * loader keeps its name, so an organisation's one-statement answer still primes it
 * ({@link OrganisationController}).
 */
@Controller
class OrganisationLinksController {

    private final Neo4jClient client;

    OrganisationLinksController(@Reads Neo4jClient client) {
        this.client = client;
    }

    private static final String PARTNERS = CypherText.read("organisation/partners.cypher");

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<Membership>> partners(List<Alliance> alliances) {
        List<String> ids = Batch.keys(alliances, Alliance::id);
        return Batch.perParent(alliances, Alliance::id, Batch.lists(client, PARTNERS, Map.of("ids", ids), ids, Membership::from), List.of());
    }

    private static final String RUN_BY_STATEMENT = CypherText.read("organisation/run-by.cypher");

    @BatchMapping(typeName = "Programme")
    Map<Programme, List<Organisation>> runBy(List<Programme> programmes) {
        List<String> ids = Batch.keys(programmes, Programme::id);
        return Batch.perParent(programmes, Programme::id, Batch.lists(client, RUN_BY_STATEMENT, Map.of("ids", ids), ids,
                r -> Organisation.from(r.get("o"))), List.of());
    }
}

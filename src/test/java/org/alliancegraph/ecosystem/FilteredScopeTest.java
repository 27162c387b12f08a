package org.alliancegraph.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * With a filter, a territory's ecosystem is the filtered alliances and their partners: the
 * organisations located there with no such alliance are neither drawn nor counted (France and
 * Mécénat drew 19 isolated dots among 47 nodes, all counted in "40 acteurs"). Without a filter they
 * stay: they are the territory's actors.
 */
@AllianceGraphTest
class FilteredScopeTest {

    @Autowired
    GraphQlTester graphQl;
    @Autowired
    Neo4jClient client;

    @Test
    void a_filtered_territory_counts_and_draws_only_the_partners_of_its_filtered_alliances() {
        var answer = graphQl.document("""
                { ecosystem(scope: {territory: "FR"}, filter: {modes: [MECENAT]}) { actorCount allianceCount
                  subgraph(maxNodes: 2000) { nodes { id type } edges { source target } truncated } } }""").execute();
        int actors = answer.path("ecosystem.actorCount").entity(Integer.class).get();
        List<Map> nodes = answer.path("ecosystem.subgraph.nodes").entityList(Map.class).get();
        List<Map> edges = answer.path("ecosystem.subgraph.edges").entityList(Map.class).get();
        assertThat(answer.path("ecosystem.subgraph.truncated").entity(Boolean.class).get()).isFalse();

        Set<Object> linked = new HashSet<>();
        edges.forEach(e -> {
            linked.add(e.get("source"));
            linked.add(e.get("target"));
        });
        List<Object> organisations = nodes.stream().filter(n -> "organisation".equalsIgnoreCase(String.valueOf(n.get("type"))))
                .map(n -> n.get("id")).toList();
        assertThat(organisations).as("no isolated organisation drawn").isNotEmpty().allMatch(linked::contains);
        assertThat(actors).as("the actors counted are those drawn").isEqualTo(organisations.size());

        // Independently: the partners of the Mécénat alliances acting in France or anywhere inside it.
        long expected = client.query("""
                MATCH (:Territory {id: 'FR'})<-[:PART_OF*0..5]-(:Territory)<-[:ACTS_IN]-(a:Alliance {mode: 'MECENAT'})
                MATCH (a)<-[:PARTNER_IN]-(o:Organisation)
                RETURN count(DISTINCT o)""").fetchAs(Long.class).one().orElseThrow();
        assertThat(actors).isEqualTo(expected);

        int unfiltered = graphQl.document("{ ecosystem(scope: {territory: \"FR\"}) { actorCount } }").execute()
                .path("ecosystem.actorCount").entity(Integer.class).get();
        assertThat(unfiltered).as("without a filter the organisations located in France count too").isGreaterThan(actors);
    }
}

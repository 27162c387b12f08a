package org.alliancegraph.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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

    @LocalServerPort
    int port;

    @Test
    void a_territorys_organisations_in_no_alliance_are_actors_by_default_and_only_counted_on_request() throws Exception {
        // Occitanie holds organisations in no alliance (two in Toulouse); counted here apart from the service.
        // A région and a département read their allied organisations from place keys, a commune walks.
        for (String t : List.of("region:76", "departement:31", "commune:31555")) {
            unalliedCountedAndDrawnOnRequest(t);
        }
    }

    private void unalliedCountedAndDrawnOnRequest(String t) throws Exception {
        long mislabelled = client.query("MATCH (o:Organisation)-[:LOCATED_IN]->(t:Territory) WHERE ("
                + org.alliancegraph.support.Expected.WITHIN
                + ") AND (o:Allied) <> EXISTS { (o)-[:PARTNER_IN]->(:Alliance) } RETURN count(o)")
                .bind(t).to("t").fetchAs(Long.class).one().orElseThrow();
        assertThat(mislabelled).as("the Allied label is borne by the organisations partner in an alliance, only").isZero();
        Map<String, Object> truth = client.query("MATCH (o:Organisation)-[:LOCATED_IN]->(t:Territory) WHERE "
                        + org.alliancegraph.support.Expected.WITHIN + """
                        WITH DISTINCT o
                        WITH o, EXISTS { (o)-[:PARTNER_IN]->(:Alliance) } AS allied
                        RETURN collect(CASE WHEN NOT allied THEN o.id END) AS unallied""")
                .bind(t).to("t").fetch().one().orElseThrow();
        List<String> unallied = ((List<?>) truth.get("unallied")).stream().map(String::valueOf).toList();
        assertThat(unallied).contains("universite-toulouse", "le-catalyseur-toulouse");
        String query = """
                query($t: ID!, $u: Boolean) { ecosystem(scope: {territory: $t, unallied: $u}) { actorCount unalliedActorCount allianceCount
                  coverage { byActorKind { key actors } } subgraph(maxNodes: 5000) { nodes { id } truncated } } }""";
        var all = graphQl.document(query).variable("t", t).execute();
        var allied = graphQl.document(query).variable("t", t).variable("u", false).execute();
        int actors = all.path("ecosystem.actorCount").entity(Integer.class).get();
        all.path("ecosystem.unalliedActorCount").entity(Integer.class).isEqualTo(unallied.size());
        allied.path("ecosystem.unalliedActorCount").entity(Integer.class).isEqualTo(unallied.size());
        allied.path("ecosystem.actorCount").entity(Integer.class).isEqualTo(actors - unallied.size());
        allied.path("ecosystem.allianceCount").entity(Integer.class).isEqualTo(all.path("ecosystem.allianceCount").entity(Integer.class).get());
        Set<String> drawn = new HashSet<>(all.path("ecosystem.subgraph.nodes[*].id").entityList(String.class).get());
        Set<String> drawnAllied = new HashSet<>(allied.path("ecosystem.subgraph.nodes[*].id").entityList(String.class).get());
        assertThat(drawn).as(t).contains("organisation:universite-toulouse");
        assertThat(drawnAllied).doesNotContain("organisation:universite-toulouse", "organisation:le-catalyseur-toulouse");
        Set<String> expectedDrawn = new HashSet<>(drawn);
        unallied.forEach(id -> expectedDrawn.remove("organisation:" + id));
        assertThat(drawnAllied).as(t).isEqualTo(expectedDrawn);
        int kinds = allied.path("ecosystem.coverage.byActorKind[*].actors").entityList(Integer.class).get().stream().mapToInt(i -> i).sum();
        assertThat(kinds).isEqualTo(actors - unallied.size());

        // The export of the same view leaves them out too, and says which value it refuses.
        var http = java.net.http.HttpClient.newHttpClient();
        String csv = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                + "/export/nodes.csv?scope.territory=" + t + "&scope.unallied=false")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        Set<String> exported = new HashSet<>(csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList());
        assertThat(exported).as(t).doesNotContain("organisation:universite-toulouse").isEqualTo(drawnAllied);
        var refused = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                + "/export/nodes.csv?scope.territory=" + t + "&scope.unallied=no")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("scope.unallied");
    }
}

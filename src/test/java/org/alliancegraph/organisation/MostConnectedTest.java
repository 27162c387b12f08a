package org.alliancegraph.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The landing page's most connected organisations: the ranking an independent count gives, and a
 * write shows in the next answer (the kept ranking is dropped when the graph changes).
 */
@AllianceGraphTest
class MostConnectedTest {

    @Autowired
    GraphQlTester graphQl;
    @Autowired
    Neo4jClient client;

    @AfterEach
    void clean() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'mc-' DETACH DELETE n").run();
    }

    List<String> ranking(int first) {
        return graphQl.document("{ mostConnected(first: " + first + ") { organisation { id } alliances } }").execute()
                .path("mostConnected").entityList(Map.class).get().stream()
                .map(m -> ((Map<?, ?>) m.get("organisation")).get("id") + "=" + m.get("alliances")).toList();
    }

    List<String> counted(int first) {
        return client.query("MATCH (o:Organisation) WITH o, COUNT { (o)-[:PARTNER_IN]->() } AS n "
                + "RETURN o.id + '=' + n AS row ORDER BY n DESC, o.name LIMIT $first").bind(first).to("first")
                .fetchAs(String.class).all().stream().toList();
    }

    @Test
    void the_ranking_is_the_count_and_follows_the_writes() {
        assertThat(ranking(5)).isEqualTo(counted(5));
        // An organisation that joins more alliances than the first one comes first at the next question.
        int top = Integer.parseInt(ranking(1).getFirst().split("=")[1]);
        client.query("""
                CREATE (o:Organisation {id: 'mc-hub', name: 'Hub', kind: 'RESEAU'})
                WITH o UNWIND range(0, $n) AS i
                CREATE (o)-[:PARTNER_IN {role: 'PARTENAIRE'}]->(:Alliance {id: 'mc-a' + i, name: 'A' + i, mode: 'MECENAT'})""")
                .bind(top).to("n").run();
        assertThat(ranking(1)).containsExactly("mc-hub=" + (top + 1));
    }
}

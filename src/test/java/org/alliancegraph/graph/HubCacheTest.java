package org.alliancegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.support.StatementRecorder;
import org.alliancegraph.support.TesterConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Query;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A hub's answers come from the database once, then from the cache until the graph changes, whoever
 * changes it; an ordinary organisation's always come from the database. Statements are counted by
 * the recorder around the service's driver.
 */
@AllianceGraphTest
class HubCacheTest {

    @Autowired
    GraphQlTester graphQl;
    @LocalServerPort
    int port;
    @Autowired
    StatementRecorder recorder;
    @Autowired
    Neo4jClient client;
    @Autowired
    HubCache hubs;

    /** A hub in 520 alliances (the default threshold is 500), 104 with each of five partners. */
    @BeforeEach
    void hub() {
        assertThat(hubs.active()).isTrue();
        client.query("""
                MERGE (h:Organisation {id: 'hc-hub'}) SET h.name = 'Fondation pivot', h.kind = 'FONDATION'
                WITH h
                UNWIND range(0, 519) AS i
                MERGE (p:Organisation {id: 'hc-p' + (i % 5)}) SET p.name = 'Partenaire ' + (i % 5), p.kind = 'ASSOCIATION'
                CREATE (a:Alliance {id: 'hc-a' + i, name: 'Alliance ' + i, mode: 'MECENAT'})
                CREATE (h)-[:PARTNER_IN {role: 'FINANCEUR'}]->(a), (p)-[:PARTNER_IN {role: 'PORTEUR'}]->(a)""").run();
    }

    @AfterEach
    void clean() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'hc-' DETACH DELETE n").run();
    }

    static final String PAGE = """
            { organisation(id: "%s") { name partners(first: 2) { sharedAllianceCount organisation { id name } } } }""";

    List<Query> statements;

    Map<String, Object> ask(String document) {
        Map<String, Object>[] data = new Map[1];
        statements = recorder.record(() -> data[0] = graphQl.document(document).execute().errors().verify()
                .path("").entity(Map.class).get());
        return data[0];
    }

    @Test
    void a_hubs_page_is_read_once_until_the_graph_changes() {
        Map<String, Object> first = ask(PAGE.formatted("hc-hub"));
        assertThat(statements).hasSize(1);
        assertThat(first.toString()).contains("sharedAllianceCount=104", "hc-p0", "hc-p1").doesNotContain("hc-p2");
        assertThat(ask(PAGE.formatted("hc-hub"))).isEqualTo(first);
        assertThat(statements).isEmpty();

        // A write through the service's own API: the renamed partner now comes first among equals.
        TesterConfiguration.http(port).header("X-API-Key", "test-editor-key").build().document("""
                mutation { upsertOrganisation(input: {id: "hc-p0", name: "Association renommée", kind: ASSOCIATION,
                    provenance: {source: "lerameau-2022-action"}}) { id } }""").execute().errors().verify();
        assertThat(ask(PAGE.formatted("hc-hub")).toString()).contains("{id=hc-p0, name=Association renommée}");
        assertThat(statements).hasSize(1);
        ask(PAGE.formatted("hc-hub"));
        assertThat(statements).isEmpty();

        // A write by another Bolt client: three more alliances with the fifth partner put it first.
        client.query("""
                MATCH (h:Organisation {id: 'hc-hub'}), (p:Organisation {id: 'hc-p4'})
                UNWIND range(1, 3) AS i
                CREATE (a:Alliance {id: 'hc-b' + i, name: 'Nouvelle ' + i, mode: 'MECENAT'})
                CREATE (h)-[:PARTNER_IN {role: 'FINANCEUR'}]->(a), (p)-[:PARTNER_IN {role: 'PORTEUR'}]->(a)""").run();
        Map<String, Object> after = ask(PAGE.formatted("hc-hub"));
        assertThat(statements).hasSize(1);
        assertThat(after.toString()).contains("sharedAllianceCount=107, organisation={id=hc-p4");
    }

    @Test
    void the_partners_connection_and_the_batched_pages_of_a_hub_are_kept_too() {
        String connection = """
                { partners(organisation: "hc-hub", depth: 2, first: 3, filter: {modes: [MECENAT]}) {
                    totalCount edges { distance sharedAllianceCount organisation { id } } } }""";
        Map<String, Object> first = ask(connection);
        assertThat(statements).hasSize(1);
        assertThat(first.toString()).contains("totalCount=5");
        assertThat(ask(connection)).isEqualTo(first);
        assertThat(statements).isEmpty();
        // Another filter is another answer.
        ask(connection.replace("MECENAT", "COOPERATION_ECONOMIQUE"));
        assertThat(statements).hasSize(1);

        // Partners of a page of organisations: the hub's are kept, the page itself is read each time.
        String batched = """
                { organisations(filter: {text: "Fondation pivot"}, first: 5) { nodes { id
                    partners(first: 2) { organisation { id } } } } }""";
        Map<String, Object> page = ask(batched);
        assertThat(statements).hasSize(2);
        assertThat(page.toString()).contains("hc-hub", "hc-p0");
        assertThat(ask(batched)).isEqualTo(page);
        assertThat(statements).hasSize(1);

        client.query("MATCH (a:Alliance) WHERE a.id STARTS WITH 'hc-a' SET a.mode = 'COOPERATION_ECONOMIQUE'").run();
        assertThat(ask(connection).toString()).contains("totalCount=0");
        assertThat(statements).hasSize(1);
    }

    @Test
    void an_ordinary_organisations_page_is_always_read() {
        // hc-p0 is partner in 104 alliances: under the threshold.
        Map<String, Object> first = ask(PAGE.formatted("hc-p0"));
        assertThat(statements).hasSize(1);
        assertThat(ask(PAGE.formatted("hc-p0"))).isEqualTo(first);
        assertThat(statements).hasSize(1);
    }
}

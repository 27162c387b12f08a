package org.alliancegraph.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.support.Expected;
import org.alliancegraph.support.StatementRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A large territory's total of organisations is kept until the graph changes (the registries put
 * hundreds of thousands in a région, and counting them reads them all): asked again it is the same,
 * and after any write it is counted again.
 */
@AllianceGraphTest
class KeptTotalsTest {

    private static final String TOTAL = "{ organisations(filter: {territory: \"departement:23\"}, first: 3) { totalCount nodes { id } } }";

    @Autowired
    GraphQlTester graphQl;
    @Autowired
    Neo4jClient client;
    @Autowired
    StatementRecorder recorder;

    @AfterEach
    void clean() {
        client.query("MATCH (o:Organisation) WHERE o.id STARTS WITH 'kt-' DETACH DELETE o").run();
    }

    void located(int from, int to) {
        client.query("""
                MATCH (t:Territory {id: 'commune:23096'})
                UNWIND range($from, $to) AS i
                CREATE (o:Organisation {id: 'kt-' + i, name: 'Association KT ' + i, kind: 'ASSOCIATION',
                        departement: 'departement:23', region: 'region:75'})-[:LOCATED_IN]->(t)""")
                .bind(from).to("from").bind(to).to("to").run();
    }

    int total() {
        return graphQl.document(TOTAL).execute().path("organisations.totalCount").entity(Integer.class).get();
    }

    @Test
    void a_large_territorys_total_is_kept_until_the_graph_changes() {
        located(1, OrganisationQueries.KEPT_TOTAL_FROM);
        int counted = Expected.organisationsIn(client, "departement:23").size();
        assertThat(counted).isGreaterThanOrEqualTo(OrganisationQueries.KEPT_TOTAL_FROM);
        assertThat(total()).isEqualTo(counted);
        int[] again = new int[1];
        var sent = recorder.record(() -> again[0] = total());
        assertThat(again[0]).as("kept").isEqualTo(counted);
        assertThat(sent).hasSize(1).allSatisfy(q -> assertThat(q.text()).as("the page only").doesNotContain("keyedTotal"));
        located(OrganisationQueries.KEPT_TOTAL_FROM + 1, OrganisationQueries.KEPT_TOTAL_FROM + 2);
        assertThat(total()).as("after a write").isEqualTo(counted + 2).isEqualTo(Expected.organisationsIn(client, "departement:23").size());
        client.query("MATCH (o:Organisation {id: 'kt-1'}) DETACH DELETE o").run();
        assertThat(total()).as("after a deletion").isEqualTo(counted + 1);
    }
}

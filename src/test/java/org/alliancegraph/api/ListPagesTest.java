package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.importer.ImportService;
import org.alliancegraph.support.Expected;
import org.alliancegraph.support.StatementRecorder;
import org.alliancegraph.support.SyntheticFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Query;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Filtered lists give the same answer whichever way their rows start (from the anchor the filter
 * names, or from the label in name order when the anchor holds a large share of it): every page,
 * followed to the end by its cursors, against the answer written independently in Cypher, on a fixed
 * generated graph (XS, seed 11). France's organisations and alliances are read in name order; a
 * région's, a département's and an SDG target's start from their anchor.
 */
@AllianceGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPagesTest {

    @Autowired
    GraphQlTester graphQl;
    @Autowired
    ImportService importer;
    @Autowired
    Neo4jClient client;
    @Autowired
    StatementRecorder recorder;

    String region;
    String departement;

    @BeforeAll
    void importFixedGraph() throws Exception {
        SyntheticFixture.load(importer, SyntheticGraph.Size.XS, 11);
        region = mostOrganisations("REGION");
        departement = mostOrganisations("DEPARTEMENT");
    }

    @AfterAll
    void remove() {
        SyntheticFixture.remove(client);
    }

    private String mostOrganisations(String level) {
        return client.query("""
                MATCH (o:Organisation)-[:LOCATED_IN]->(:Territory)-[:PART_OF*1..2]->(t:Territory {level: $level})
                WHERE o.id STARTS WITH 'syn-'
                WITH t, count(DISTINCT o) AS n ORDER BY n DESC, t.id LIMIT 1 RETURN t.id""").bind(level).to("level")
                .fetchAs(String.class).one().orElseThrow();
    }

    /** Independently: the organisations located in the territory or below it, through no EPCI, by name then id. */
    private List<String> organisationsIn(String territory) {
        return Expected.organisationsIn(client, territory);
    }

    @ParameterizedTest(name = "organisations in {0}, pages of 3 followed to the end")
    @ValueSource(strings = {"FR", "REGION", "DEPARTEMENT"})
    void organisation_pages_followed_to_the_end_give_the_whole_answer(String which) {
        String territory = which.equals("REGION") ? region : which.equals("DEPARTEMENT") ? departement : which;
        List<String> expected = organisationsIn(territory);
        assertThat(expected).hasSizeGreaterThan(3);
        Page all = followPages("organisations", "filter: {territory: \"%s\"}".formatted(territory), 3);
        List<String> listed = all.ids();
        int total = all.total();
        assertThat(listed).isEqualTo(expected);
        assertThat(total).isEqualTo(expected.size());
    }

    @Test
    void france_is_read_in_name_order_and_a_departement_in_one_statement_from_its_place_key() {
        sent("FR", "totalCount"); // the territories table is read on first use
        // FR holds every organisation: after the estimate (the whole label; no list of territories is sent), the
        // rows start from the name index and stop at the page's end.
        List<Query> france = sent("FR", "");
        assertThat(france).hasSize(2);
        assertThat(france.get(1).text()).contains("o.name IS NOT NULL").doesNotContain("UNWIND $territories");
        assertThat(france.getFirst().parameters().asMap()).doesNotContainKey("territories");
        // A département: the page and the total in one statement, from its organisations' place key in name order.
        List<Query> departement = sent(this.departement, "totalCount");
        assertThat(departement).hasSize(1);
        assertThat(departement.getFirst().text()).contains("o.departement = $place").doesNotContain("$territories");
        // Any other territory (an EPCI) starts from its territories.
        String epci = client.query("MATCH (t:Territory {level: 'EPCI'}) RETURN t.id ORDER BY t.id LIMIT 1")
                .fetchAs(String.class).one().orElseThrow();
        assertThat(sent(epci, "totalCount").getFirst().text()).contains("UNWIND $territories");
    }

    private List<Query> sent(String territory, String total) {
        return recorder.record(() -> graphQl.document("""
                query($t: ID!) { organisations(filter: {territory: $t}, first: 5) { %s edges { node { id } } } }""".formatted(total))
                .variable("t", territory).execute().errors().verify());
    }

    @Test
    void alliances_by_mode_and_target_and_in_a_territory_by_phase_and_day_match_cypher() {
        Map<String, Object> pair = client.query("""
                MATCH (a:Alliance)-[:CONTRIBUTES_TO]->(t:SdgTarget) WHERE a.id STARTS WITH 'syn-'
                RETURN a.mode AS mode, t.code AS target, count(*) AS n ORDER BY n DESC, mode, target LIMIT 1""").fetch().one().orElseThrow();
        List<String> expected = List.copyOf(client.query("""
                MATCH (a:Alliance)-[:CONTRIBUTES_TO]->(:SdgTarget {code: $target}) WHERE a.mode = $mode
                RETURN a.id ORDER BY a.name, a.id""").bindAll(Map.of("mode", pair.get("mode"), "target", pair.get("target")))
                .fetchAs(String.class).all());
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(allAlliances("filter: {modes: [%s], sdgTarget: \"%s\"}".formatted(pair.get("mode"), pair.get("target"))))
                .isEqualTo(expected);

        for (String territory : List.of("FR", region)) {
            List<String> acting = List.copyOf(client.query("""
                    MATCH (a:Alliance)-[:ACTS_IN]->(t:Territory)
                    WHERE %s
                      AND a.currentPhase IN ['EXPERIMENTATION', 'MODELISATION']
                      AND (a.startDate IS NULL OR a.startDate <= date('2024-06-30'))
                      AND (a.endDate IS NULL OR a.endDate >= date('2024-06-30')) AND NOT (a.status = 'TERMINEE' AND a.endDate IS NULL)
                    RETURN DISTINCT a.id AS id, a.name AS name ORDER BY name, id""".formatted(Expected.WITHIN)).bind(territory).to("t")
                    .fetchAs(String.class).mappedBy((t, r) -> r.get("id").asString()).all());
            assertThat(acting).as(territory).hasSizeGreaterThan(1);
            assertThat(allAlliances("filter: {territory: \"%s\", phases: [EXPERIMENTATION, MODELISATION], activeAt: \"2024-06-30\"}"
                    .formatted(territory))).as(territory).isEqualTo(acting);
        }
        // Every alliance of France, no other criterion: read in name order.
        assertThat(allAlliances("filter: {territory: \"FR\"}")).hasSizeGreaterThan(100);
    }

    /** Every page of 25 followed to the end; the total (asked on the first) checked against the length. */
    private List<String> allAlliances(String arguments) {
        Page all = followPages("alliances", arguments, 25);
        assertThat(all.total()).isEqualTo(all.ids().size());
        return all.ids();
    }

    record Page(List<String> ids, int total) {
    }

    /**
     * Every page of {@code field(arguments, first: size)} followed by its cursors to the end; the total
     * asked on the first page only, as a client asks it.
     */
    private Page followPages(String field, String arguments, int size) {
        List<String> ids = new ArrayList<>();
        String after = null;
        int total = -1;
        do {
            var response = graphQl.document("""
                    query($after: String) { %s(%s, first: %d, after: $after) {
                      %s edges { node { id } } pageInfo { hasNextPage endCursor } } }"""
                    .formatted(field, arguments, size, after == null ? "totalCount" : "")).variable("after", after).execute();
            ids.addAll(response.path(field + ".edges[*].node.id").entityList(String.class).get());
            if (after == null) {
                total = response.path(field + ".totalCount").entity(Integer.class).get();
            }
            after = response.path(field + ".pageInfo.hasNextPage").entity(Boolean.class).get()
                    ? response.path(field + ".pageInfo.endCursor").entity(String.class).get() : null;
        } while (after != null);
        return new Page(ids, total);
    }
}

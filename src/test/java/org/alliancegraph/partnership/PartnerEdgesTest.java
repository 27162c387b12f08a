package org.alliancegraph.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.importer.ImportInput;
import org.alliancegraph.importer.ImportMode;
import org.alliancegraph.importer.ImportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The partner edges' paths and counts on the hand-built graph (src/test/resources/handbuilt/README):
 * from A, B and D are direct partners, C and E two alliances away, F three. The only shortest chains
 * to E and F go through D (hb-a6, then hb-a3).
 */
@AllianceGraphTest
class PartnerEdgesTest {

    @Autowired
    GraphQlTester graphQl;
    @Autowired
    ImportService importer;
    @Autowired
    PartnershipQueries queries;
    @Autowired
    Neo4jClient client;

    @BeforeEach
    void load() {
        assertThat(importer.importFolder(ImportInput.classpath("handbuilt"), ImportMode.ALL_OR_NOTHING).errors()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_edge_carries_a_shortest_chain_whose_steps_exist() {
        List<Map<String, Object>> edges = graphQl.document("""
                { partners(organisation: "hb-a", depth: 3) { edges { distance organisation { id }
                    path { length organisations { id } alliances { id }
                           steps { from { id } fromRole alliance { id } to { id } toRole } } } } }""")
                .execute().path("partners.edges").entityList(Map.class).get().stream()
                .map(e -> (Map<String, Object>) e).toList();
        assertThat(edges).hasSize(5);
        for (Map<String, Object> edge : edges) {
            Map<String, Object> path = (Map<String, Object>) edge.get("path");
            List<Map<String, Object>> organisations = (List<Map<String, Object>>) path.get("organisations");
            String id = (String) ((Map<String, Object>) edge.get("organisation")).get("id");
            assertThat(path.get("length")).as("length of the path to %s", id).isEqualTo(edge.get("distance"));
            assertThat(organisations.getFirst().get("id")).isEqualTo("hb-a");
            assertThat(organisations.getLast().get("id")).isEqualTo(id);
            for (Map<String, Object> step : (List<Map<String, Object>>) path.get("steps")) {
                long found = client.query("""
                        MATCH (:Organisation {id: $from})-[:PARTNER_IN {role: $fromRole}]->(:Alliance {id: $alliance})
                              <-[:PARTNER_IN {role: $toRole}]-(:Organisation {id: $to})
                        RETURN count(*)""").bindAll(Map.of("from", id(step, "from"), "fromRole", step.get("fromRole"),
                        "alliance", id(step, "alliance"), "to", id(step, "to"), "toRole", step.get("toRole")))
                        .fetchAs(Long.class).one().orElseThrow();
                assertThat(found).as("step %s of the path to %s", step, id).isPositive();
            }
        }
        Map<String, Object> toF = edges.stream().filter(e -> "hb-f".equals(id(e, "organisation"))).findFirst().orElseThrow();
        assertThat(((List<Map<String, Object>>) ((Map<String, Object>) toF.get("path")).get("organisations")).stream()
                .map(o -> o.get("id")).toList()).containsExactly("hb-a", "hb-d", "hb-e", "hb-f");
        assertThat(((List<Map<String, Object>>) ((Map<String, Object>) toF.get("path")).get("alliances")).stream()
                .map(o -> o.get("id")).toList()).containsExactly("hb-a6", "hb-a3", "hb-a4");
    }

    @Test
    void a_page_without_paths_or_shared_alliances_has_the_same_rows_and_counts() {
        // Without path or sharedAlliances in the selection the statement skips the walk back and the
        // alliances' properties: the rows, their order, distances and shared counts must not change.
        String full = graphQl.document("""
                { partners(organisation: "hb-a", depth: 3) { totalCount edges { cursor distance sharedAllianceCount
                    organisation { id } sharedAlliances { id } path { length } } } }""")
                .execute().path("partners").entity(Map.class).get().toString();
        Map<?, ?> lean = graphQl.document("""
                { partners(organisation: "hb-a", depth: 3) { totalCount edges { cursor distance sharedAllianceCount
                    organisation { id } } } }""")
                .execute().path("partners").entity(Map.class).get();
        assertThat(full).contains("sharedAlliances=[{id=hb-a").contains("path={length=3}");
        assertThat(full.replaceAll(", sharedAlliances=\\[[^\\]]*\\], path=\\{length=\\d\\}", ""))
                .isEqualTo(lean.toString());
        // Either part alone comes out as in the full page.
        assertThat(graphQl.document("""
                { partners(organisation: "hb-a", depth: 3) { totalCount edges { cursor distance sharedAllianceCount
                    organisation { id } sharedAlliances { id } } } }""")
                .execute().path("partners").entity(Map.class).get().toString())
                .isEqualTo(full.replaceAll(", path=\\{length=\\d\\}", ""));
        assertThat(graphQl.document("""
                { partners(organisation: "hb-a", depth: 3) { totalCount edges { cursor distance sharedAllianceCount
                    organisation { id } path { length } } } }""")
                .execute().path("partners").entity(Map.class).get().toString())
                .isEqualTo(full.replaceAll(", sharedAlliances=\\[[^\\]]*\\]", ""));
        assertThat(queries.reachable("hb-a", 3, AllianceFilter.NONE, null, 10, true, new PartnershipQueries.Wanted(false, false))
                .edges()).allSatisfy(e -> assertThat(e.path()).isNull()).extracting(PartnerEdge::sharedAllianceCount)
                .containsExactly(1, 1, 0, 0, 0);
    }

    @Test
    void an_organisations_partners_field_and_the_partners_query_at_depth_one_agree() {
        // Two statements answer "direct partners": the field for every organisation of a list at once,
        // the query with a filter, a cursor and a total. Same rows, same order, same shared alliances.
        for (String id : List.of("hb-a", "hb-b", "hb-c", "hb-d", "hb-e", "hb-f")) {
            List<String> field = rows(graphQl.document("""
                    { organisation(id: "%s") { partners(first: 50) { organisation { id } sharedAllianceCount
                        sharedAlliances { id } } } }""".formatted(id)).execute().path("organisation.partners")
                    .entityList(Map.class).get());
            List<String> query = rows(graphQl.document("""
                    { partners(organisation: "%s", first: 50) { edges { organisation { id } sharedAllianceCount
                        sharedAlliances { id } } } }""".formatted(id)).execute().path("partners.edges")
                    .entityList(Map.class).get());
            assertThat(field).as("partners of %s", id).isNotEmpty().isEqualTo(query);
        }
    }

    /** "organisation id, shared count, shared alliance ids sorted" per row, in the rows' order. */
    @SuppressWarnings("unchecked")
    private static List<String> rows(List<Map> rows) {
        return rows.stream().map(r -> id(r, "organisation") + " " + r.get("sharedAllianceCount") + " "
                + ((List<Map<String, Object>>) r.get("sharedAlliances")).stream().map(a -> (String) a.get("id")).sorted().toList())
                .toList();
    }

    @Test
    void the_total_is_the_same_whether_the_page_stops_at_direct_partners_or_not() {
        // first: 1 fills the page from the direct partners (the farther levels are only counted);
        // first: 10 reads every level in full.
        for (int first : List.of(1, 10)) {
            graphQl.document("""
                    { partners(organisation: "hb-a", depth: 3, first: %d) { totalCount totalCountCapped } }""".formatted(first))
                    .execute().path("partners.totalCount").entity(Integer.class).isEqualTo(5)
                    .path("partners.totalCountCapped").entity(Boolean.class).isEqualTo(false);
        }
    }

    @Test
    void the_count_stops_at_its_cap_and_says_so_only_when_it_did() {
        // A limit of 2 is filled by B and D, so C, E and F are only counted.
        assertThat(queries.reachable("hb-a", 3, AllianceFilter.NONE, null, 2, true, 3))
                .extracting(PartnershipQueries.ReachablePage::total, PartnershipQueries.ReachablePage::capped)
                .containsExactly(3, true);
        assertThat(queries.reachable("hb-a", 3, AllianceFilter.NONE, null, 2, true, 4))
                .extracting(PartnershipQueries.ReachablePage::total, PartnershipQueries.ReachablePage::capped)
                .containsExactly(4, true);
        assertThat(queries.reachable("hb-a", 3, AllianceFilter.NONE, null, 2, true, 5))
                .extracting(PartnershipQueries.ReachablePage::total, PartnershipQueries.ReachablePage::capped)
                .containsExactly(5, false);
        // A page reaching past the direct partners reads every level: the count is exact whatever the cap.
        assertThat(queries.reachable("hb-a", 3, AllianceFilter.NONE, null, 10, true, 3))
                .extracting(PartnershipQueries.ReachablePage::total, PartnershipQueries.ReachablePage::capped)
                .containsExactly(5, false);
        // Not asked for, not counted.
        assertThat(queries.reachable("hb-a", 3, AllianceFilter.NONE, null, 2, false, 3).total()).isEqualTo(-1);
    }

    @SuppressWarnings("unchecked")
    private static Object id(Map<String, Object> map, String key) {
        return ((Map<String, Object>) map.get(key)).get("id");
    }
}

package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.importer.ImportService;
import org.alliancegraph.support.StatementRecorder;
import org.alliancegraph.support.SyntheticFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.ProfiledPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Regression guards that do not depend on timing: on a fixed generated graph (XS, seed 11), the
 * statements the service sends for each main question are replayed with PROFILE and their database
 * hits must stay under a recorded ceiling. A plan that starts from a label scan, or a query that
 * expands a hub's whole neighbourhood where it used to stop, multiplies the hits and fails here.
 * The ceilings are the hits measured on 2026-11-23 (the test prints them) plus about 50% headroom.
 * The memory the plans report is held under a ceiling the same way.
 */
@AllianceGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileCeilingTest {

    @Autowired
    GraphQlTester graphQl;
    @Autowired
    StatementRecorder recorder;
    @Autowired
    ImportService importer;
    @Autowired
    Neo4jClient client;

    @Autowired
    org.alliancegraph.territory.TerritoryPlaces places;

    String departement;
    String region;
    String target;

    @BeforeAll
    void importFixedGraph() throws Exception {
        SyntheticFixture.load(importer, SyntheticGraph.Size.XS, 11);
        departement = client.query("""
                MATCH (a:Alliance)-[:ACTS_IN]->(t:Territory {level: 'DEPARTEMENT'}) WHERE a.id STARTS WITH 'syn-'
                WITH t, count(a) AS alliances ORDER BY alliances DESC, t.id LIMIT 1 RETURN t.id""").fetchAs(String.class).one().orElseThrow();
        places.of("FR"); // the territories table, read once on first use, is not the questions' cost
        region = client.query("""
                MATCH (a:Alliance)-[:ACTS_IN]->(:Territory)-[:PART_OF*0..1]->(t:Territory {level: 'REGION'}) WHERE a.id STARTS WITH 'syn-'
                WITH t, count(a) AS alliances ORDER BY alliances DESC, t.id LIMIT 1 RETURN t.id""").fetchAs(String.class).one().orElseThrow();
        target = client.query("""
                MATCH (a:Alliance {mode: 'MECENAT'})-[:CONTRIBUTES_TO]->(t:SdgTarget) WHERE a.id STARTS WITH 'syn-'
                WITH t, count(a) AS alliances ORDER BY alliances DESC, t.code LIMIT 1 RETURN t.code""").fetchAs(String.class).one().orElseThrow();
    }

    @AfterAll
    void remove() {
        SyntheticFixture.remove(client);
    }

    static final Map<String, String> DOCUMENTS = Map.ofEntries(
            Map.entry("organisationsIn", """
                    { organisations(filter: {territory: "%s"}, first: 50) { totalCount edges { node { id name } } } }"""),
            Map.entry("alliancesModeTarget", """
                    { alliances(filter: {modes: [MECENAT], sdgTarget: "%s"}, first: 50) { totalCount edges { node { id name } } } }"""),
            Map.entry("alliancesActing", """
                    { alliances(filter: {territory: "%s", phases: [EXPERIMENTATION, MODELISATION], activeAt: "2024-06-30"}, first: 50) {
                        totalCount edges { node { id name } } } }"""),
            Map.entry("nested", """
                    { organisation(id: "%s") { id name memberships { role alliance { id name partners { role organisation { id name } } } } } }"""),
            Map.entry("organisation", """
                    { organisation(id: "%s") { id name partners(first: 50) { sharedAllianceCount
                        organisation { id name kind } sharedAlliances { id name mode } } } }"""),
            Map.entry("partners", """
                    { partners(organisation: "%s", depth: 2, first: 100,
                        filter: {modes: [MECENAT, COOPERATION_ECONOMIQUE, INNOVATION_SOCIETALE], activeAt: "2024-06-30"}) {
                      totalCount edges { distance sharedAllianceCount organisation { id name } } } }"""),
            Map.entry("paths", """
                    { partnershipPaths(from: "%s", to: "syn-o000150", maxDepth: 4) { length organisations { id } } }"""),
            Map.entry("search", """
                    { search(text: "%s", first: 20) { score node { ... on Organisation { id } ... on Alliance { id } } } }"""),
            Map.entry("ecosystem", """
                    { ecosystem(scope: {territory: "%s"}) { actorCount allianceCount
                        coverage { bySdgTarget { key alliances } bySubTerritory { key actors } } gaps { sdgTargets { key } }
                        keyActors(first: 10) { method byBetweenness { organisation { id } betweenness } }
                        subgraph(maxNodes: 2000) { nodes { id degree } edges { source target } truncated } } }"""));

    @ParameterizedTest(name = "{0} of {1}: at most {2} db hits and {3} bytes")
    // Measured 2026-11-23 (Neo4j 2026.08.1): 484, 538, 9,034, 14,849, 2,387, 6 and 15,101 hits (organisation
    // in one statement with its partners since the look-ahead: 480 and 518 in two).
    // The level-by-level partners statement once planned at 728,245 / 1,504,500 (starting from the
    // Alliance(mode) index once per row) until its alliance patterns lost their label.
    // Partners history: 7,605 / 14,155 when sorted in Java; 4,295 / 7,802 (and 4,882 / 8,547) sorted
    // in the database from one shortest-path search; with its shared alliances as a MATCH subquery,
    // sometimes 84,108 / 173,797 (this test caught that plan flip). The level-by-level statement now
    // measured costs more here, where every origin's first page reaches past its direct partners and
    // walks back a path per row, and far less on L, where it stops at the direct partners of a hub:
    // 5.9 s -> 0.15-0.24 s for a hub's first page, 241 -> 82 ms for an origin next to one.
    // Before the ecosystem facts mapped territories to sub-territories once: 36,006; with the scope
    // and its facts in two statements (facts as maps of every property): 14,802 hits, 263,896 bytes.
    // One statement since 2026-12-01: 10,392 hits, 254,096 bytes; 10,639 and 254,136 with the roles
    // read by a second comprehension (left out for large scopes); 10,613 with the ids taken from the facts.
    // Partners, 2026-12-01: the shared alliances kept from the level-1 aggregation instead of read
    // again for the page: 8,807 -> 7,192 and 14,453 -> 11,697 hits, for 277,824 -> 410,920 and
    // 839,064 -> 1,381,064 bytes (a list per partner where a count was kept); on L, 28-33% fewer hits.
    // Partners, 2026-12-01: the path walk-back and the shared alliances' properties left out when the
    // request selects neither (as here and in the benchmark): 7,192 -> 1,426 and 11,697 -> 2,749 hits.
    // With how many alliances the origin is in (the hub cache's test), once per statement: organisation
    // 445 -> 446 and 485 -> 486, partners 1,426 -> 1,430 and 2,749 -> 2,776 hits.
    // Memory (the plans' GlobalMemory, bytes), measured 2026-11-23: 50,328, 76,640, 277,824, 839,064,
    // 348,012, 64 and 263,960; ceilings about 1.5x, the ecosystem's 1.2x: passing the alliances list
    // read by the facts statement into a later subquery counted it against the transaction once per
    // row, 364,512 bytes here and over 1.4 GB (failing) for a large département of the L graph.
    @CsvSource({
            "organisation, syn-o000040, 750, 75000",
            "organisation, syn-o000001, 800, 115000",
            "partners, syn-o000040, 2200, 620000",
            "partners, syn-o000001, 4200, 2070000",
            "paths, syn-o000040, 3600, 520000",
            "search, association 42, 50, 1000",
            "ecosystem, DEPARTEMENT, 15600, 305000",
            // The list questions of the peer issue, measured 2026-12-02 (ceilings about 1.5x): each in one
            // statement, but France's total (its own statement, a walk down the whole tree). On this graph,
            // the territories dominate: a région's 5,000-odd are looked up for the estimate and again for the
            // rows; the organisations' old walk up from every organisation cost the whole graph instead.
            // Hits: 4,086, 16,327, 471,741, 1,568, 4,147, 16,566 and 1,359. With the label scan as a gated second
            // branch of the same statement, the planner ran it whatever the gate said: 17,372 for a département's alliances.
            // 2026-12-05: a département's and a région's organisations read the (place key, name) index in name
            // order (schema V004): 4,096 -> 74 and 16,407 -> 566 hits. The région's page went through a Top and
            // a collect of its 40 rows (73,568 bytes); streamed through a UNION since, 19,136 (3,432 for the
            // département), under the memory ceilings of before (5,000 and 45,000).
            // Alliances acting in a département or région read their IN_PLACE (place, name) index in name order
            // (schema V005): 3,008 -> 2,240 and 12,470 -> 2,939 hits, 4,256 -> 1,232 and 21,944 -> 1,408 bytes.
            "organisationsIn, DEPARTEMENT, 150, 5000",
            "organisationsIn, REGION, 850, 45000",
            "organisationsIn, FR, 710000, 2410000",
            // Alliances of a mode and an SDG target: from the contributions' (target, mode, name) index (V006),
            // 1,670 -> 774 hits; the total as the degree of the pair's tally (V007), 774 -> 631.
            "alliancesModeTarget, TARGET, 700, 5000",
            "alliancesActing, DEPARTEMENT, 3400, 2000",
            "alliancesActing, REGION, 4400, 2100",
            "nested, syn-o000040, 2050, 400000"
    })
    void database_hits_and_memory_stay_under_the_recorded_ceilings(String question, String argument, long ceiling,
            long memoryCeiling) {
        String document = DOCUMENTS.get(question).formatted(switch (argument) {
            case "DEPARTEMENT" -> departement;
            case "REGION" -> region;
            case "TARGET" -> target;
            default -> argument;
        });
        List<Query> statements = recorder.record(() -> graphQl.document(document).execute().errors().verify());
        assertThat(statements).isNotEmpty();
        // Over the ceiling, the offending plan is printed to show which operator grew.
        long hits = 0;
        long memory = 0;
        try (Session session = recorder.raw().session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            for (Query q : statements) {
                // Rows pulled first: a plan's statistics exist once its results are materialised.
                ProfiledPlan plan = session.executeRead(tx -> {
                    var result = tx.run(q.withText("PROFILE " + q.text()));
                    result.list();
                    return result.consume().profile();
                });
                hits += hits(plan);
                memory += plan.arguments().getOrDefault("GlobalMemory", Values.value(0)).asLong();
                if (hits(plan) > ceiling || plan.arguments().getOrDefault("GlobalMemory", Values.value(0)).asLong() > memoryCeiling) {
                    print(plan, 0);
                }
            }
        }
        System.out.printf("PROFILE %s of %s: %d statement(s), %d db hits (ceiling %d), %d bytes (ceiling %d)%n", question,
                argument, statements.size(), hits, ceiling, memory, memoryCeiling);
        assertThat(hits).as("db hits of %s", question).isPositive().isLessThanOrEqualTo(ceiling);
        assertThat(memory).as("memory of %s", question).isLessThanOrEqualTo(memoryCeiling);
    }

    private static void print(ProfiledPlan p, int depth) {
        System.out.printf("PLAN %s%s rows=%d hits=%d %s%n", "  ".repeat(depth), p.operatorType(), p.records(), p.dbHits(),
                String.valueOf(p.arguments().get("Details")).replace("\n", " "));
        p.children().forEach(c -> print(c, depth + 1));
    }

    private static long hits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(ProfileCeilingTest::hits).sum();
    }
}

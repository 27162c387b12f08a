package org.alliancegraph.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.importer.ImportInput;
import org.alliancegraph.importer.ImportMode;
import org.alliancegraph.importer.ImportReport;
import org.alliancegraph.importer.ImportService;
import org.alliancegraph.support.StatementRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The small graph of src/test/resources/handbuilt (its README draws it), where every distance, path,
 * count, gap and bridge was worked out by hand before the code ran. Betweenness values were computed
 * independently (a separate Brandes implementation) on the organisation–alliance graph:
 * E 16, C 12, D 12, A 6, B 6, F G H 0.
 */
@AllianceGraphTest
class HandBuiltGraphTest {

    @Autowired
    GraphQlTester graphQl;
    @Autowired
    ImportService importer;
    @Autowired
    Neo4jClient client;
    @Autowired
    StatementRecorder recorder;
    @Autowired
    EcosystemQueries queries;

    @BeforeEach
    void load() {
        // Idempotent: after the first test this creates nothing.
        ImportReport report = importer.importFolder(ImportInput.classpath("handbuilt"), ImportMode.ALL_OR_NOTHING);
        assertThat(report.errors()).isEmpty();
    }

    @org.junit.jupiter.api.AfterEach
    void removeExtra() {
        client.query("MATCH (o:Organisation) WHERE o.id STARTS WITH 'hb-x' DETACH DELETE o").run();
    }

    List<String> partners(String query) {
        return graphQl.document(query).execute().path("partners.edges[*]").entityList(Map.class).get().stream()
                .map(e -> ((Map<?, ?>) e.get("organisation")).get("id") + "@" + e.get("distance") + "/" + e.get("sharedAllianceCount"))
                .toList();
    }

    @Test
    void partners_and_partners_of_partners_with_distances() {
        assertThat(partners("""
                { partners(organisation: "hb-a", depth: 3) { edges { distance sharedAllianceCount organisation { id } } } }"""))
                .containsExactly("hb-b@1/1", "hb-d@1/1", "hb-c@2/0", "hb-e@2/0", "hb-f@3/0");
        assertThat(partners("""
                { partners(organisation: "hb-a", depth: 1) { edges { distance sharedAllianceCount organisation { id } } } }"""))
                .containsExactly("hb-b@1/1", "hb-d@1/1");
    }

    @Test
    void active_at_leaves_out_ended_alliances_and_lengthens_paths() {
        // hb-a6 ended in 2015: in 2020 D is three alliances away and F out of reach at depth 3.
        assertThat(partners("""
                { partners(organisation: "hb-a", depth: 3, filter: {activeAt: "2020-01-01"}) {
                    edges { distance sharedAllianceCount organisation { id } } } }"""))
                .containsExactly("hb-b@1/1", "hb-c@2/0", "hb-d@3/0", "hb-e@3/0");
        assertThat(partners("""
                { partners(organisation: "hb-a", depth: 2, filter: {modes: [MECENAT]}) {
                    edges { distance sharedAllianceCount organisation { id } } } }"""))
                .containsExactly("hb-b@1/1", "hb-d@1/1");
    }

    @Test
    void partner_pages_follow_each_other() {
        var first = graphQl.document("""
                { partners(organisation: "hb-a", depth: 3, first: 2) {
                    totalCount pageInfo { hasNextPage endCursor } edges { organisation { id } } } }""").execute();
        first.path("partners.totalCount").entity(Integer.class).isEqualTo(5);
        first.path("partners.edges[*].organisation.id").entityList(String.class).containsExactly("hb-b", "hb-d");
        String cursor = first.path("partners.pageInfo.endCursor").entity(String.class).get();
        graphQl.document("""
                query($after: String) { partners(organisation: "hb-a", depth: 3, first: 2, after: $after) {
                    pageInfo { hasNextPage } edges { organisation { id } } } }""").variable("after", cursor).execute()
                .path("partners.edges[*].organisation.id").entityList(String.class).containsExactly("hb-c", "hb-e")
                .path("partners.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void shortest_partnership_paths() {
        var response = graphQl.document("""
                { partnershipPaths(from: "hb-a", to: "hb-f", maxDepth: 4) {
                    length organisations { id } alliances { id } steps { fromRole toRole } } }""").execute();
        response.path("partnershipPaths").entityList(Object.class).hasSize(1);
        response.path("partnershipPaths[0].length").entity(Integer.class).isEqualTo(3);
        response.path("partnershipPaths[0].organisations[*].id").entityList(String.class)
                .containsExactly("hb-a", "hb-d", "hb-e", "hb-f");
        response.path("partnershipPaths[0].alliances[*].id").entityList(String.class)
                .containsExactly("hb-a6", "hb-a3", "hb-a4");
        response.path("partnershipPaths[0].steps[0].fromRole").entity(String.class).isEqualTo("PORTEUR");
        response.path("partnershipPaths[0].steps[0].toRole").entity(String.class).isEqualTo("BENEFICIAIRE");
        graphQl.document("""
                { partnershipPaths(from: "hb-a", to: "hb-f", maxDepth: 4, filter: {activeAt: "2020-01-01"}) {
                    organisations { id } } }""").execute()
                .path("partnershipPaths[0].organisations[*].id").entityList(String.class)
                .containsExactly("hb-a", "hb-b", "hb-c", "hb-e", "hb-f");
        graphQl.document("""
                { partnershipPaths(from: "hb-a", to: "hb-f", maxDepth: 2) { length } }""").execute()
                .path("partnershipPaths").entityList(Object.class).hasSize(0);
        graphQl.document("""
                { partnershipPaths(from: "hb-a", to: "hb-g") { length } }""").execute()
                .path("partnershipPaths").entityList(Object.class).hasSize(0);
    }

    @Test
    void organisation_filters_and_keyset_pages() {
        var all = graphQl.document("""
                { organisations(filter: {territory: "departement:48"}, first: 3) {
                    totalCount pageInfo { hasNextPage endCursor } nodes { id } } }""").execute();
        all.path("organisations.totalCount").entity(Integer.class).isEqualTo(8);
        all.path("organisations.nodes[*].id").entityList(String.class).containsExactly("hb-a", "hb-b", "hb-c");
        String cursor = all.path("organisations.pageInfo.endCursor").entity(String.class).get();
        // A new organisation sorting before the cursor does not shift the next page (no offsets).
        client.query("CREATE (:Organisation {id: 'hb-x', name: 'HB AA', kind: 'ASSOCIATION'})").run();
        graphQl.document("""
                query($after: String) { organisations(filter: {territory: "departement:48"}, first: 3, after: $after) {
                    nodes { id } } }""").variable("after", cursor).execute()
                .path("organisations.nodes[*].id").entityList(String.class).containsExactly("hb-d", "hb-e", "hb-f");
        graphQl.document("""
                { organisations(filter: {territory: "region:76", kinds: [ASSOCIATION]}) { nodes { id } } }""").execute()
                .path("organisations.nodes[*].id").entityList(String.class).containsExactly("hb-a", "hb-d", "hb-g", "hb-h");
        graphQl.document("""
                { organisations(filter: {territory: "departement:48", modes: [PRATIQUES_RESPONSABLES]}) { nodes { id } } }""").execute()
                .path("organisations.nodes[*].id").entityList(String.class).containsExactly("hb-e", "hb-f");
        graphQl.document("""
                { organisations(filter: {territory: "departement:48", modes: [MECENAT], activeAt: "2014-06-01"}) {
                    totalCount } }""").execute()
                .path("organisations.totalCount").entity(Integer.class).isEqualTo(5);
        graphQl.document("""
                { organisations(filter: {territory: "departement:48", sdgTarget: "8.5"}) { nodes { id } } }""").execute()
                .path("organisations.nodes[*].id").entityList(String.class).containsExactly("hb-c", "hb-d", "hb-e");
        graphQl.document("""
                { alliances(filter: {territory: "departement:48", activeAt: "2020-01-01"}, orderBy: START_DATE) {
                    nodes { id } } }""").execute()
                .path("alliances.nodes[*].id").entityList(String.class)
                .containsExactly("hb-a1", "hb-a5", "hb-a2", "hb-a3", "hb-a4");
        graphQl.document("{ organisations(after: \"not-a-cursor\") { totalCount } }").execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("argument", "after"));
    }

    @Test
    void the_ecosystem_of_lozere() {
        var eco = graphQl.document("""
                { ecosystem(scope: {territory: "departement:48"}) {
                    scope { kind name } actorCount allianceCount
                    coverage {
                      byMode { key alliances actors }
                      bySdgTarget { key alliances actors }
                      bySubTerritory { key alliances actors }
                      byActorKind { key alliances actors }
                    }
                    gaps { sdgTargets { key } fragilityDomains { key } subTerritories { key } missingActorKinds }
                    crossSectorMix { alliances crossSector share tripartite }
                    keyActors(first: 5) { method byPartners { organisation { id } partners }
                                          byBetweenness { organisation { id } betweenness } }
                    subgraph { nodes { id } edges { id } truncated }
                } }""").execute();
        eco.path("ecosystem.scope.name").entity(String.class).isEqualTo("Lozère");
        eco.path("ecosystem.actorCount").entity(Integer.class).isEqualTo(8);
        eco.path("ecosystem.allianceCount").entity(Integer.class).isEqualTo(6);
        eco.path("ecosystem.coverage.byMode[?(@.key == 'MECENAT')].alliances").entityList(Integer.class).containsExactly(3);
        eco.path("ecosystem.coverage.bySdgTarget[*].key").entityList(String.class).containsExactly("8.5", "17.17");
        eco.path("ecosystem.coverage.bySdgTarget[?(@.key == '8.5')].actors").entityList(Integer.class).containsExactly(3);
        eco.path("ecosystem.coverage.bySubTerritory").entityList(Object.class).hasSize(11);
        eco.path("ecosystem.coverage.bySubTerritory[?(@.key == 'epci:244800470')].alliances").entityList(Integer.class)
                .containsExactly(2);
        eco.path("ecosystem.coverage.byActorKind[?(@.key == 'ASSOCIATION')].actors").entityList(Integer.class).containsExactly(4);
        eco.path("ecosystem.gaps.sdgTargets").entityList(Object.class).hasSize(167);
        eco.path("ecosystem.gaps.fragilityDomains").entityList(Object.class).hasSize(7);
        eco.path("ecosystem.gaps.subTerritories[*].key").entityList(String.class).hasSize(7)
                .doesNotContain("epci:244800405", "epci:244800470", "epci:200006930", "epci:200069151");
        eco.path("ecosystem.gaps.missingActorKinds").entityList(String.class).containsExactly("ENTREPRISE_SOCIALE",
                "SERVICE_ETAT", "ACTEUR_PUBLIC", "INVESTISSEUR_SOCIETAL", "ACCOMPAGNATEUR", "ACADEMIQUE", "RESEAU",
                "INITIATIVE_CITOYENNE");
        eco.path("ecosystem.crossSectorMix.crossSector").entity(Integer.class).isEqualTo(4);
        eco.path("ecosystem.crossSectorMix.tripartite").entity(Integer.class).isEqualTo(1);
        eco.path("ecosystem.crossSectorMix.share").entity(Double.class).satisfies(s -> assertThat(s).isCloseTo(4.0 / 6, org.assertj.core.data.Offset.offset(1e-9)));
        eco.path("ecosystem.keyActors.method").entity(String.class).isEqualTo("EXACT");
        eco.path("ecosystem.keyActors.byBetweenness[*].organisation.id").entityList(String.class)
                .containsExactly("hb-e", "hb-c", "hb-d", "hb-a", "hb-b");
        eco.path("ecosystem.keyActors.byBetweenness[*].betweenness").entityList(Double.class)
                .containsExactly(16.0, 12.0, 12.0, 6.0, 6.0);
        eco.path("ecosystem.keyActors.byPartners[*].partners").entityList(Integer.class).containsExactly(3, 3, 3, 2, 2);
        eco.path("ecosystem.subgraph.nodes").entityList(Object.class).hasSize(14);
        eco.path("ecosystem.subgraph.edges").entityList(Object.class).hasSize(13);
        eco.path("ecosystem.subgraph.truncated").entity(Boolean.class).isEqualTo(false);
        graphQl.document("""
                { ecosystem(scope: {territory: "departement:48"}) { subgraph(maxNodes: 5) { nodes { id } truncated } } }""")
                .execute().path("ecosystem.subgraph.truncated").entity(Boolean.class).isEqualTo(true)
                .path("ecosystem.subgraph.nodes").entityList(Object.class).satisfies(nodes -> assertThat(nodes).hasSizeLessThanOrEqualTo(5));
    }

    @Test
    void without_coverage_the_subgraph_key_actors_and_mix_read_memberships_only() {
        String analyses = """
                crossSectorMix { alliances crossSector tripartite }
                keyActors(first: 5) { method byPartners { organisation { id } partners }
                                      byBetweenness { organisation { id } betweenness } }
                subgraph { nodes { id type label kind mode phase degree } edges { id source target role } truncated }""";
        Map<String, Object> withCoverage = graphQl.document("""
                { ecosystem(scope: {territory: "departement:48"}) { coverage { byMode { key } } %s } }""".formatted(analyses))
                .execute().path("ecosystem").entity(Map.class).get();
        List<org.neo4j.driver.Query> statements = recorder.record(() -> {
            Map<String, Object> alone = graphQl.document("""
                    { ecosystem(scope: {territory: "departement:48"}) { %s } }""".formatted(analyses))
                    .execute().path("ecosystem").entity(Map.class).get();
            withCoverage.remove("coverage");
            assertThat(alone).isEqualTo(withCoverage);
        });
        // The scope and its facts in one statement: no targets, domains or sub-territories read for these
        // fields; a scope this small has its roles read with the facts.
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).text()).contains("PARTNER_IN").doesNotContain("SdgTarget", "FragilityDomain", "childOf");
    }

    @Test
    void a_subgraph_without_roles_in_its_facts_reads_them_for_its_alliances() {
        EcosystemScope scope = new EcosystemScope("departement:48", null, null, null, null, null);
        EcosystemQueries.Facts facts = queries.resolve(scope, AllianceFilter.orNone(null), EcosystemQueries.FactsWanted.MEMBERSHIPS,
                true).facts();
        assertThat(facts.alliances()).allSatisfy(a -> assertThat(a.roles()).hasSameSizeAs(a.members()));
        EcosystemQueries.Facts withoutRoles = new EcosystemQueries.Facts(facts.alliances().stream()
                .map(a -> new EcosystemQueries.AllianceFact(a.id(), a.name(), a.mode(), a.phase(), a.targets(), a.domains(),
                        a.members(), null, a.subTerritories()))
                .toList(), facts.actors(), facts.subTerritories(), facts.targets(), facts.domains(), false);
        for (int budget : new int[] {5, 2_000}) {
            EcosystemAnalysis.Subgraph inline = EcosystemAnalysis.subgraph(facts, budget, ids -> {
                throw new AssertionError("the roles were read with the facts");
            });
            List<org.neo4j.driver.Query> statements = recorder.record(() -> assertThat(
                    EcosystemAnalysis.subgraph(withoutRoles, budget, queries::memberships)).isEqualTo(inline));
            assertThat(statements).hasSize(1);
            assertThat(inline.edges()).isNotEmpty().allSatisfy(e -> assertThat(e.role()).isNotNull());
        }
    }

    @Test
    void ecosystems_around_an_organisation_a_target_and_with_a_filter() {
        graphQl.document("""
                { ecosystem(scope: {organisation: "hb-a", radius: 2}) { actorCount allianceCount
                    actors(first: 10) { nodes { id } } } }""").execute()
                .path("ecosystem.actors.nodes[*].id").entityList(String.class)
                .containsExactly("hb-a", "hb-b", "hb-c", "hb-d", "hb-e")
                // radius 2 goes through the alliances of A, B and D.
                .path("ecosystem.allianceCount").entity(Integer.class).isEqualTo(4);
        graphQl.document("""
                { ecosystem(scope: {territory: "departement:48"}, filter: {activeAt: "2020-01-01"}) {
                    allianceCount crossSectorMix { crossSector } } }""").execute()
                .path("ecosystem.allianceCount").entity(Integer.class).isEqualTo(5)
                .path("ecosystem.crossSectorMix.crossSector").entity(Integer.class).isEqualTo(4);
        graphQl.document("""
                { ecosystem(scope: {sdgTarget: "8.5"}) { alliances { nodes { id } } } }""").execute()
                .path("ecosystem.alliances.nodes[*].id").entityList(String.class).contains("hb-a3");
        graphQl.document("""
                { ecosystem(scope: {territory: "departement:48", programme: "phare"}) { actorCount } }""").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("exactly one"));
        graphQl.document("""
                { ecosystem(scope: {programme: "nothing"}) { actorCount } }""").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("does not exist"));
    }

    @Test
    void the_ecosystem_of_the_phare_programme_from_the_demo_data() {
        graphQl.document("""
                { ecosystem(scope: {programme: "phare"}) { scope { name } actors(first: 50) { nodes { id } }
                    coverage { byFragilityDomain { key alliances } } } }""").execute()
                .path("ecosystem.actors.nodes[*].id").entityList(String.class)
                .contains("generali", "fondation-edf", "united-way", "le-rameau", "caisse-des-depots")
                .path("ecosystem.coverage.byFragilityDomain[*].alliances").entityList(Integer.class)
                .satisfies(counts -> assertThat(counts).hasSize(8).containsOnly(1));
    }
}

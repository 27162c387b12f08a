package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The first queries, through the real GraphQL engine on the embedded Neo4j with the demo data. */
@AllianceGraphTest
class GraphQlApiTest {

    @Autowired
    GraphQlTester graphQl;

    @Test
    void an_organisation_with_its_alliances_and_direct_partners() {
        var response = graphQl.document("""
                { organisation(id: "wimoov") {
                    name kind kindLabel { fr en }
                    memberships { role alliance { id mode } provenance { quote speaker } }
                    partners(first: 100) { organisation { id } sharedAllianceCount sharedAlliances { id } }
                    provenance { source { id file } quote }
                } }""").execute();
        response.path("organisation.name").entity(String.class).isEqualTo("Wimoov");
        response.path("organisation.kindLabel.fr").entity(String.class).isEqualTo("Entreprise sociale");
        response.path("organisation.memberships[*].alliance.id").entityList(String.class)
                .contains("wimoov-macif", "wimoov-renault-mobilite-pour-tous", "laboratoire-mobilite-inclusive");
        response.path("organisation.partners[*].organisation.id").entityList(String.class)
                .contains("macif", "renault", "total", "ville-de-paris", "ag2r-la-mondiale");
        // MACIF shares two alliances with Wimoov: the first partnership and the seniors' platforms.
        List<Map<String, Object>> partners = response.path("organisation.partners").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
        Map<String, Object> macif = partners.stream()
                .filter(p -> "macif".equals(((Map<?, ?>) p.get("organisation")).get("id"))).findFirst().orElseThrow();
        assertThat(macif.get("sharedAllianceCount")).isEqualTo(2);
        response.path("organisation.provenance[0].source.file").entity(String.class).isEqualTo("003_9d635c86bc99d531.txt");
        // « notre premier partenaire : la MACIF » is Wimoov speaking: the provenance says so.
        response.path("organisation.memberships[?(@.alliance.id == 'wimoov-macif')].provenance.speaker").entityList(String.class)
                .containsExactly("wimoov");
        response.path("organisation.memberships[?(@.alliance.id == 'atelier-alliance-innovation')].provenance.speaker")
                .entityList(Object.class).satisfies(l -> assertThat(l).containsOnlyNulls());
    }

    @Test
    @SuppressWarnings("unchecked")
    void partners_shared_alliances_come_when_asked_by_the_organisation_and_through_a_list() {
        // The statement leaves the shared alliances out unless they are selected: same partners either way.
        List<Map<String, Object>> bare = partnerRows("""
                { organisation(id: "wimoov") { partners(first: 100) { organisation { id } sharedAllianceCount } } }""",
                "organisation.partners");
        List<Map<String, Object>> full = partnerRows("""
                { organisation(id: "wimoov") { partners(first: 100) { organisation { id } sharedAllianceCount sharedAlliances { id } } } }""",
                "organisation.partners");
        assertThat(full).hasSameSizeAs(bare).hasSizeGreaterThan(5);
        for (int i = 0; i < bare.size(); i++) {
            assertThat(full.get(i).get("organisation")).isEqualTo(bare.get(i).get("organisation"));
            assertThat(full.get(i).get("sharedAllianceCount")).isEqualTo(bare.get(i).get("sharedAllianceCount"));
            assertThat((List<?>) full.get(i).get("sharedAlliances")).hasSize((Integer) full.get(i).get("sharedAllianceCount"));
        }
        Map<String, Object> macif = full.stream()
                .filter(p -> "macif".equals(((Map<?, ?>) p.get("organisation")).get("id"))).findFirst().orElseThrow();
        assertThat((List<Object>) macif.get("sharedAlliances")).contains(Map.of("id", "wimoov-macif"));
        // Through a list of organisations: the partners' loader, one statement for the page.
        List<Map<String, Object>> viaList = partnerRows("""
                { organisations(filter: {text: "Wimoov"}, first: 1) { edges { node {
                    partners(first: 100) { organisation { id } sharedAllianceCount sharedAlliances { id } } } } } }""",
                "organisations.edges[0].node.partners");
        assertThat(viaList).isEqualTo(full);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> partnerRows(String document, String path) {
        return graphQl.document(document).execute().path(path).entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();
    }

    @Test
    void partners_are_sorted_by_shared_alliances_and_capped() {
        var counts = graphQl.document("""
                { organisation(id: "le-rameau") { partners(first: 5) { sharedAllianceCount } } }""")
                .execute().path("organisation.partners[*].sharedAllianceCount").entityList(Integer.class).get();
        assertThat(counts).hasSize(5).isSortedAccordingTo((a, b) -> b - a);
        assertThat(counts.get(0)).isGreaterThanOrEqualTo(10); // the Caisse des Dépôts
    }

    @Test
    void an_sdg_target_with_the_alliances_contributing_to_it() {
        var response = graphQl.document("""
                { sdgTarget(code: "17.17") {
                    code uri title { fr en } goal { code number shortTitle { fr } }
                    alliances { alliance { id } basis basisLabel { en } }
                } }""").execute();
        response.path("sdgTarget.uri").entity(String.class).isEqualTo("http://metadata.un.org/sdg/17.17");
        response.path("sdgTarget.goal.shortTitle.fr").entity(String.class).isEqualTo("Partenariats pour la réalisation des objectifs");
        response.path("sdgTarget.alliances[*].alliance.id").entityList(String.class)
                .contains("cofondation-fonds-odd-17", "fondation-observatoire", "partenariat-phare")
                .hasSizeGreaterThan(40);
        response.path("sdgTarget.alliances[?(@.alliance.id == 'cofondation-fonds-odd-17')].basis").entityList(String.class)
                .containsExactly("SOURCE");
    }

    @Test
    void a_territory_with_its_parent_chain() {
        graphQl.document("""
                { territory(id: "37261") { id name level ancestors { id level } } }""").execute()
                .path("territory.name").entity(String.class).isEqualTo("Tours")
                .path("territory.ancestors[*].id").entityList(String.class)
                .containsExactly("epci:243700754", "departement:37", "region:24", "FR");
        graphQl.document("""
                { territories(level: DEPARTEMENT, parent: "region:24") { id } }""").execute()
                .path("territories[*].id").entityList(String.class)
                .containsExactly("departement:18", "departement:28", "departement:36", "departement:37",
                        "departement:41", "departement:45");
    }

    @Test
    void an_alliance_with_partners_phases_targets_and_sources() {
        var response = graphQl.document("""
                { alliance(id: "solifap") {
                    name mode modeLabel { fr } partners { role organisation { id } }
                    sdgTargets { target { code } basis } fragilityDomains { code } provenance { source { id } page }
                } }""").execute();
        response.path("alliance.modeLabel.fr").entity(String.class).isEqualTo("Innovation sociétale");
        response.path("alliance.partners[?(@.role == 'CO_FONDATEUR')].organisation.id").entityList(String.class)
                .contains("fondation-abbe-pierre", "fonds-innovation-ag2r").hasSize(2);
        response.path("alliance.sdgTargets[*].target.code").entityList(String.class).contains("11.1");
        response.path("alliance.fragilityDomains[*].code").entityList(String.class).containsExactly("PAUVRETE_PRECARITE");
        response.path("alliance.provenance[0].source.id").entity(String.class).isEqualTo("lerameau-2017-performance");
    }

    @Test
    void the_alliances_of_le_rameau_and_the_members_of_phare() {
        var response = graphQl.document("""
                { alliances(filter: {partner: "le-rameau", modes: [MECENAT]}, orderBy: START_DATE) {
                    totalCount nodes { id startDate } } }""").execute();
        response.path("alliances.nodes[*].id").entityList(String.class)
                .containsExactly("cdc-rd-societale", "partenariat-phare", "bettencourt-capitalisation", "accenture-open-source");
        graphQl.document("""
                { alliances(filter: {partner: "le-rameau"}) { totalCount } }""").execute()
                .path("alliances.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThan(35));
        graphQl.document("""
                { organisations(filter: {programme: "phare"}, first: 100) { nodes { id } } }""").execute()
                .path("organisations.nodes[*].id").entityList(String.class)
                .contains("caisse-des-depots", "generali", "fondation-edf", "ministere-vie-associative", "medef",
                        "mouvement-associatif", "le-rameau", "united-way", "comisis", "opinionway", "spallian");
        graphQl.document("""
                { organisations(filter: {text: "fondation", kinds: [FONDATION]}) { totalCount } }""").execute()
                .path("organisations.totalCount").entity(Integer.class).isEqualTo(8);
        graphQl.document("""
                { partners(organisation: "wimoov", filter: {modes: [MECENAT]}) { edges { organisation { id } } } }""")
                .execute().path("partners.edges[*].organisation.id").entityList(String.class).containsExactly("macif");
    }

    @Test
    void search_ignores_accents_and_case() {
        graphQl.document("""
                { search(text: "FONDATION abbe pierre") { score node { __typename ... on Organisation { id } } } }""")
                .execute().path("search[0].node.id").entity(String.class).isEqualTo("fondation-abbe-pierre");
        graphQl.document("""
                { search(text: "mobilite inclus") { node { __typename ... on Alliance { id } } } }""")
                .execute().path("search[0].node.id").entity(String.class).isEqualTo("laboratoire-mobilite-inclusive");
        // Lucene syntax in user text is treated as text, not as a query.
        graphQl.document("""
                { search(text: "wimoov) OR (*") { score } }""").execute().errors().verify();
    }

    @Test
    void reference_lists_and_counts() {
        graphQl.document("{ sdgGoals { code } }").execute().path("sdgGoals").entityList(Object.class).hasSize(17);
        graphQl.document("{ sdgGoal(code: \"17\") { targets { code } } }").execute()
                .path("sdgGoal.targets[*].code").entityList(String.class).hasSize(19).contains("17.1", "17.16", "17.17", "17.19");
        graphQl.document("{ innovationPhases { code rank label { fr en } provenance { quote } } }").execute()
                .path("innovationPhases[*].code").entityList(String.class)
                .containsExactly("CONCEPTION", "EXPERIMENTATION", "MODELISATION", "ESSAIMAGE", "INDUSTRIALISATION");
        graphQl.document("{ fragilityDomains { complete expectedCount domains { code } } }").execute()
                .path("fragilityDomains.complete").entity(Boolean.class).isEqualTo(false)
                .path("fragilityDomains.domains").entityList(Object.class).hasSize(8);
        graphQl.document("{ programme(id: \"phare\") { name runBy { id } alliances { id } } }").execute()
                .path("programme.alliances[*].id").entityList(String.class).containsExactly("partenariat-phare");
        graphQl.document("{ graphStats { sdgGoals sdgTargets territories } }").execute()
                .path("graphStats.sdgTargets").entity(Integer.class).isEqualTo(169);
    }

    @Test
    void lists_of_sources_programmes_impacts_and_alliances_by_name() {
        graphQl.document("{ sources { id file } }").execute().path("sources[*].file").entityList(String.class)
                .contains("000_dfacf7a504c471a3.txt", "001_d33771ef013c05fa.txt", "002_10df83b495537ddb.txt",
                        "003_9d635c86bc99d531.txt", "004_c2f7d8434c3480e9.txt");
        graphQl.document("{ programmes { id runBy { id } } }").execute().path("programmes[*].id").entityList(String.class)
                .contains("observatoire-des-partenariats", "phare", "impact", "fonds-odd-17", "mobilize");
        graphQl.document("{ programme(id: \"fonds-odd-17\") { runBy { id } } }").execute()
                .path("programme.runBy[*].id").entityList(String.class).containsExactly("fondation-totalenergies", "le-rameau");
        graphQl.document("{ impactTypes { code parentCode } }").execute().path("impactTypes[*].code").entityList(String.class)
                .hasSize(10).contains("PERFORMANCE", "INNOVATION_TERRITORIALE", "CONFIANCE_HOMMES");
        graphQl.document("{ alliances(text: \"mobilite\", orderBy: ID) { nodes { id } } }").execute()
                .path("alliances.nodes[*].id").entityList(String.class).containsExactly("laboratoire-mobilite-inclusive",
                        "wimoov-ag2r-mobilite-seniors", "wimoov-renault-mobilite-pour-tous", "wimoov-ville-de-paris");
        graphQl.document("{ organisations(orderBy: ID, first: 2) { nodes { id } } }").execute()
                .path("organisations.nodes[*].id").entityList(String.class).containsExactly("action-tank-entreprise-pauvrete", "adasi");
        graphQl.document("{ ecosystem(scope: {sdgGoal: \"11\"}) { allianceCount alliances(first: 100) { nodes { id } } } }")
                .execute().path("ecosystem.alliances.nodes[*].id").entityList(String.class)
                .contains("solifap", "fondation-villes-au-carre", "laboratoire-mobilite-inclusive");
    }

    @Test
    void bad_arguments_are_bad_requests_naming_the_argument() {
        graphQl.document("{ organisation(id: \"le-rameau\") { partners(first: 0) { sharedAllianceCount } } }").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.get(0).getPath()).isEqualTo("organisation.partners");
                    assertThat(errors.get(0).getExtensions()).containsEntry("argument", "first");
                    assertThat(errors.get(0).getMessage()).contains("between 1 and 500");
                });
        graphQl.document("{ territory(id: \"Paris\") { name } }").execute().errors().satisfy(errors -> {
            assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
            assertThat(errors.get(0).getMessage()).contains("commune:<insee code>");
        });
        graphQl.document("{ organisation(id: \"nobody\") { name } }").execute()
                .path("organisation").valueIsNull();
        // Sent again, an invalid document fails again (parsed documents are cached with their errors).
        for (int i = 0; i < 2; i++) {
            graphQl.document("{ organisation(id: \"le-rameau\") { nickname } }").execute().errors().satisfy(errors -> {
                assertThat(errors).hasSize(1);
                assertThat(errors.get(0).getErrorType()).isEqualTo(graphql.ErrorType.ValidationError);
                assertThat(errors.get(0).getMessage()).contains("nickname");
            });
        }
    }
}

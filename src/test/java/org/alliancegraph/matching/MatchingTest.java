package org.alliancegraph.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Matching names as people write them to the organisations of the graph (the demonstration data,
 * and a few placed organisations made here): the first candidate is the right one, {@code match} is
 * true only when it is sure, and the reasons say why.
 */
@AllianceGraphTest
class MatchingTest {

    @Autowired
    Matcher matcher;
    @Autowired
    GraphQlTester graphQl;
    @Autowired
    Neo4jClient client;

    @BeforeEach
    void placed() {
        client.query("""
                MATCH (laval:Territory {id: 'commune:53130'}), (lyon:Territory {id: 'commune:69123'})
                CREATE (:Organisation {id: 'mt-club-laval', name: 'Club sportif des Ormeaux', searchName: 'Club sportif des Ormeaux',
                        kind: 'ASSOCIATION', rna: 'W532000001'})-[:LOCATED_IN]->(laval)
                CREATE (:Organisation {id: 'mt-club-lyon', name: 'Club Sportif des Ormeaux', searchName: 'Club Sportif des Ormeaux',
                        kind: 'ASSOCIATION', siren: '123456789'})-[:LOCATED_IN]->(lyon)
                CREATE (:Organisation {id: 'mt-apf', name: 'APF France handicap', searchName: 'APF France handicap',
                        acronym: 'APF', kind: 'ASSOCIATION'})""").run();
    }

    @AfterEach
    void clean() {
        client.query("MATCH (n:Organisation) WHERE n.id STARTS WITH 'mt-' DETACH DELETE n").run();
    }

    Candidate first(String name) {
        return first(new MatchQuery(name, null, null, null, null, 5));
    }

    Candidate first(MatchQuery q) {
        List<Candidate> found = matcher.match(List.of(q)).getFirst();
        assertThat(found).as("candidates for " + q).isNotEmpty();
        return found.getFirst();
    }

    @Test
    void names_as_people_write_them_find_the_organisation_and_are_taken_as_matches() {
        Map<String, String> written = Map.ofEntries(
                Map.entry("le rameau", "le-rameau"),
                Map.entry("LE RAMEAU", "le-rameau"),
                Map.entry("Caisse des depots", "caisse-des-depots"),
                Map.entry("Commissariat general a l'egalite des territoires", "cget"),
                Map.entry("Asso. des maires ruraux de France", "amrf"),
                Map.entry("Maires ruraux de France (association)", "amrf"),
                Map.entry("Fondation Abbe-Pierre", "fondation-abbe-pierre"),
                Map.entry("Conservatoire national des arts et metier", "cnam"),
                Map.entry("Agence nouvelle des solidarites actives", "ansa"),
                Map.entry("federation nationale caisses d'épargne", "fnce"));
        written.forEach((name, id) -> {
            Candidate c = first(name);
            assertThat(c.organisation().id()).as(name).isEqualTo(id);
            assertThat(c.match()).as(name + " is sure: " + c.reasons()).isTrue();
        });
    }

    @Test
    void a_typo_or_an_acronym_finds_the_organisation_first() {
        assertThat(first("Agence nouvelle des solidarités actvies").organisation().id()).isEqualTo("ansa");
        Candidate cdc = first("CDC");
        assertThat(cdc.organisation().id()).isEqualTo("caisse-des-depots");
        assertThat(cdc.reasons()).anyMatch(r -> r.kind().equals("ACRONYM"));
        assertThat(first("AMRF").organisation().id()).isEqualTo("amrf");
        // The name written out finds the organisation known by its acronym: its initials are the acronym.
        Candidate apf = first("Association des paralysés de France");
        assertThat(apf.organisation().id()).isEqualTo("mt-apf");
        assertThat(apf.reasons()).anyMatch(r -> r.kind().equals("ACRONYM"));
    }

    @Test
    void an_acronym_two_organisations_share_is_never_a_match() {
        List<Candidate> pimms = matcher.match(List.of(new MatchQuery("PIMMS", null, null, null, null, 5))).getFirst();
        assertThat(pimms).extracting(c -> c.organisation().id()).contains("pimms-lyon", "pimms-brest");
        assertThat(pimms).noneMatch(Candidate::match);
    }

    @Test
    void a_name_the_graph_does_not_hold_is_not_matched() {
        for (String name : List.of("Association des amis du jardin botanique de Nantes", "Fondation Rameau Vert",
                "Caisse d'allocations familiales", "Renault Trucks")) {
            List<Candidate> found = matcher.match(List.of(new MatchQuery(name, null, null, null, null, 5))).getFirst();
            assertThat(found).as(name).noneMatch(Candidate::match);
        }
    }

    @Test
    void the_place_decides_between_namesakes_and_identifiers_decide_over_names() {
        // Two clubs of one name: without a place neither is sure; with one, the club there is.
        assertThat(matcher.match(List.of(new MatchQuery("Club sportif des Ormeaux", null, null, null, null, 5))).getFirst())
                .hasSize(2).noneMatch(Candidate::match);
        Candidate laval = first(new MatchQuery("club sportif ormeaux", null, "Laval (53)", null, null, 5));
        assertThat(laval.organisation().id()).isEqualTo("mt-club-laval");
        assertThat(laval.match()).isTrue();
        assertThat(laval.reasons()).anyMatch(r -> r.kind().equals("PLACE") && r.points() > 0);
        Candidate byDepartement = first(new MatchQuery("Club sportif des Ormeaux", null, "69", null, null, 5));
        assertThat(byDepartement.organisation().id()).isEqualTo("mt-club-lyon");
        // A SIRET's first nine digits are its SIREN; an RNA number alone finds its association.
        Candidate bySiret = first(new MatchQuery(null, null, null, "123 456 789 00012", null, 5));
        assertThat(bySiret.organisation().id()).isEqualTo("mt-club-lyon");
        assertThat(bySiret.match()).isTrue();
        assertThat(first(new MatchQuery("Ormeaux", null, null, null, "w532000001", 5)).organisation().id()).isEqualTo("mt-club-laval");
        // The right name with another SIREN than the graph's is not the same organisation.
        List<Candidate> otherSiren = matcher.match(List.of(new MatchQuery("Club sportif des Ormeaux", null, "Lyon", "987654321", null, 5)))
                .getFirst();
        assertThat(otherSiren).noneMatch(c -> c.organisation().id().equals("mt-club-lyon") && c.match());
    }

    @Test
    void a_namesake_with_no_known_place_is_not_taken_over_namesakes_elsewhere() {
        // A third club of the name, placed nowhere: asked in a commune where none of them is, it is the
        // first candidate (the others lose points for being elsewhere) but not a match.
        client.query("""
                CREATE (:Organisation {id: 'mt-club-nowhere', name: 'Club sportif des Ormeaux', searchName: 'Club sportif des Ormeaux',
                        kind: 'ASSOCIATION'})""").run();
        List<Candidate> inNantes = matcher.match(List.of(new MatchQuery("Club sportif des Ormeaux", null, "Nantes", null, null, 5))).getFirst();
        assertThat(inNantes.getFirst().organisation().id()).isEqualTo("mt-club-nowhere");
        assertThat(inNantes).noneMatch(Candidate::match);
        // Asked in Laval, the club there is the match.
        Candidate laval = first(new MatchQuery("Club sportif des Ormeaux", null, "Laval (53)", null, null, 5));
        assertThat(laval.organisation().id()).isEqualTo("mt-club-laval");
        assertThat(laval.match()).isTrue();
    }

    @Test
    void two_places_names_one_letter_apart_are_two_places_not_a_typo() {
        client.query("""
                MATCH (millay:Territory {id: 'commune:58168'})
                CREATE (:Organisation {id: 'mt-amis-millay', name: 'Amis de la médiathèque de Millay',
                        searchName: 'Amis de la médiathèque de Millay', kind: 'ASSOCIATION'})-[:LOCATED_IN]->(millay)""").run();
        List<Candidate> millau = matcher.match(List.of(new MatchQuery("Amis de la médiathèque de Millau", null, null, null, null, 5)))
                .getFirst();
        assertThat(millau).as("Millau's friends are not Millay's").noneMatch(Candidate::match);
        // A typo in a word that names no place still reads as one.
        assertThat(first("Amis de la médiahtèque de Millay")).satisfies(c -> {
            assertThat(c.organisation().id()).isEqualTo("mt-amis-millay");
            assertThat(c.match()).as(c.reasons().toString()).isTrue();
        });
    }

    @Test
    void a_namesake_in_the_same_commune_left_out_of_a_full_pool_still_withholds_the_match() {
        // More organisations of one name than the index's pool holds, two of them in Issy-les-Moulineaux:
        // written one after the other, the first is in the pool and the last left out (ties in index order).
        String issy = """
                MATCH (issy:Territory {id: 'commune:92040'})
                CREATE (:Organisation {id: $id, name: 'Jardins partagés du Moulin', searchName: 'Jardins partagés du Moulin',
                        kind: 'ASSOCIATION'})-[:LOCATED_IN]->(issy)""";
        client.query(issy).bind("mt-jardin-issy-1").to("id").run();
        client.query("""
                MATCH (c:Territory {level: 'COMMUNE'}) WHERE c.id STARTS WITH 'commune:38' WITH c ORDER BY c.id LIMIT 80
                CREATE (:Organisation {id: 'mt-jardin-' + c.id, name: 'Jardins partagés du Moulin', searchName: 'Jardins partagés du Moulin',
                        kind: 'ASSOCIATION'})-[:LOCATED_IN]->(c)""").run();
        client.query(issy).bind("mt-jardin-issy-2").to("id").run();
        MatchQuery inIssy = new MatchQuery("jardins partages du moulin", null, "92040", null, null, 5);
        Candidate twoThere = first(inIssy);
        assertThat(twoThere.match()).as("two of that name in Issy: " + twoThere.reasons()).isFalse();
        // With one left in Issy, the place decides.
        client.query("MATCH (o:Organisation {id: 'mt-jardin-issy-2'}) DETACH DELETE o").run();
        Candidate oneThere = first(inIssy);
        assertThat(oneThere.organisation().id()).isEqualTo("mt-jardin-issy-1");
        assertThat(oneThere.match()).as(oneThere.reasons().toString()).isTrue();
    }

    @Test
    void graphql_answers_with_scores_and_reasons() {
        var answer = graphQl.document("""
                { matchOrganisations(name: "fondation abbé pierre", kind: FONDATION, first: 3) {
                    organisation { id name } score match reasons { kind detail points } } }""").execute();
        answer.path("matchOrganisations[0].organisation.id").entity(String.class).isEqualTo("fondation-abbe-pierre");
        answer.path("matchOrganisations[0].match").entity(Boolean.class).isEqualTo(true);
        answer.path("matchOrganisations[0].score").entity(Double.class).isEqualTo(100.0);
        answer.path("matchOrganisations[0].reasons[0].kind").entity(String.class).isEqualTo("NAME");
        graphQl.document("{ matchOrganisations(place: \"Laval\") { score } }").execute().errors()
                .expect(e -> e.getMessage().contains("give a name, a SIREN or an RNA number")).verify();
        graphQl.document("{ matchOrganisations(name: \"x\", place: \"Nulle-Part-sur-Mer\") { score } }").execute().errors()
                .expect(e -> e.getMessage().contains("no territory is named 'Nulle-Part-sur-Mer'")).verify();
        graphQl.document("{ matchOrganisations(name: \"x\", first: 26) { score } }").execute().errors()
                .expect(e -> e.getMessage().contains("between 1 and 25")).verify();
    }
}

package org.alliancegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The demonstration dataset holds what the seed documents say, each fact with its source. */
@AllianceGraphTest
class DemoDataTest {

    @Autowired
    Neo4jClient client;

    long count(String cypher) {
        return client.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    List<String> partnersOf(String organisation) {
        return List.copyOf(client.query("""
                MATCH (:Organisation {id: $id})-[:PARTNER_IN]->(:Alliance)<-[:PARTNER_IN]-(p:Organisation)
                RETURN DISTINCT p.name ORDER BY p.name""").bind(organisation).to("id").fetchAs(String.class).all());
    }

    @Test
    void well_over_a_hundred_organisations_and_dozens_of_alliances() {
        assertThat(count("MATCH (o:Organisation) RETURN count(o)")).isGreaterThanOrEqualTo(120);
        assertThat(count("MATCH (a:Alliance) RETURN count(a)")).isGreaterThanOrEqualTo(60);
        assertThat(count("MATCH (a:Alliance) WHERE COUNT { (a)<-[:PARTNER_IN]-() } < 2 RETURN count(a)")).isZero();
    }

    @Test
    void wimoov_and_its_partners_as_florence_gilbert_tells_it() {
        assertThat(partnersOf("wimoov")).contains("MACIF", "Ville de Paris", "Renault", "AG2R LA MONDIALE", "Total",
                "Caisse des Dépôts", "Le RAMEAU", "Pôle Emploi", "ADEME", "DIRECCTE des Bouches-du-Rhône");
        assertThat(count("""
                MATCH (:Organisation {id: 'le-rameau'})-[r:PARTNER_IN {role: 'CATALYSEUR'}]->(a:Alliance)<-[:PARTNER_IN]-(:Organisation {id: 'renault'})
                RETURN count(a)""")).isEqualTo(1);
    }

    @Test
    void solifap_joins_fondation_abbe_pierre_and_the_ag2r_innovation_fund() {
        assertThat(List.copyOf(client.query("""
                MATCH (o:Organisation)-[:PARTNER_IN {role: 'CO_FONDATEUR'}]->(:Alliance {id: 'solifap'})
                RETURN o.name ORDER BY o.name""").fetchAs(String.class).all()))
                .containsExactly("Fondation Abbé Pierre", "Fonds d’Innovation AG2R LA MONDIALE");
    }

    @Test
    void the_observatoire_has_four_founders_and_phare_its_partners() {
        assertThat(List.copyOf(client.query("""
                MATCH (o:Organisation)-[:PARTNER_IN {role: 'CO_FONDATEUR'}]->(:Alliance {id: 'fondation-observatoire'})
                RETURN o.id ORDER BY o.id""").fetchAs(String.class).all()))
                .containsExactly("caisse-des-depots", "le-rameau", "medef", "mouvement-associatif");
        assertThat(List.copyOf(client.query("""
                MATCH (o:Organisation)-[:PARTNER_IN]->(:Alliance)-[:IN_PROGRAMME]->(:Programme {id: 'phare'})
                RETURN DISTINCT o.name ORDER BY o.name""").fetchAs(String.class).all()))
                .contains("Caisse des Dépôts", "Generali", "Fondation EDF", "Ministère en charge de la Vie Associative",
                        "MEDEF", "Le Mouvement Associatif", "Le RAMEAU", "United Way");
    }

    @Test
    void villes_au_carre_is_in_tours_and_founded_by_cget_region_and_cdc() {
        assertThat(count("MATCH (:Organisation {id: 'villes-au-carre'})-[:LOCATED_IN]->(:Territory {id: 'commune:37261'}) RETURN count(*)"))
                .isEqualTo(1);
        assertThat(partnersOf("villes-au-carre")).contains("Commissariat Général à l’Égalité des Territoires",
                "Région Centre-Val de Loire", "Caisse des Dépôts", "Démocratie ouverte", "DREAL Centre-Val de Loire");
    }

    @Test
    void la_poste_alliances_and_the_fonds_odd_17() {
        assertThat(partnersOf("groupe-la-poste")).contains("Jaccede", "Union nationale des PIMMS", "Le RAMEAU");
        assertThat(count("""
                MATCH (:Alliance {id: 'cofondation-fonds-odd-17'})-[c:CONTRIBUTES_TO {basis: 'SOURCE'}]->(:SdgTarget {code: '17.17'})
                RETURN count(c)""")).isEqualTo(1);
    }

    @Test
    void every_fact_says_where_it_comes_from() {
        assertThat(count("MATCH (n) WHERE (n:Organisation OR n:Alliance OR n:Programme) AND NOT (n)-[:SOURCED_FROM]->(:Source) RETURN count(n)"))
                .isZero();
        assertThat(count("MATCH ()-[r:PARTNER_IN]->() WHERE NOT EXISTS { MATCH (s:Source {id: r.source}) } RETURN count(r)"))
                .isZero();
        // (Only the demo's memberships: other tests add their own graphs to the shared database.)
        assertThat(count("""
                MATCH ()-[r:PARTNER_IN]->() WHERE EXISTS { MATCH (s:Source {id: r.source}) WHERE s.file IS NOT NULL }
                  AND (r.quote IS NULL OR size(r.quote) < 10)
                RETURN count(r)""")).isZero();
        assertThat(count("MATCH (a:Alliance)-[c:CONTRIBUTES_TO]->() WHERE NOT c.basis IN ['SOURCE', 'PURPOSE'] RETURN count(c)"))
                .isZero();
        // Every seed document is a source, and quotes are real excerpts, not empty strings.
        assertThat(count("MATCH (s:Source) WHERE s.file IS NOT NULL RETURN count(s)")).isEqualTo(5);
        assertThat(count("MATCH (n)-[x:SOURCED_FROM]->() WHERE n:Organisation AND (x.quote IS NULL OR size(x.quote) < 10) RETURN count(x)"))
                .isZero();
    }

    @Test
    void phase_history_is_kept_and_closed() {
        List<String> history = List.copyOf(client.query("""
                MATCH (:Alliance {id: 'wimoov-ag2r-mobilite-seniors'})-[r:AT_PHASE]->(p:InnovationPhase)
                RETURN p.code + ':' + toString(r.since) + '..' + coalesce(toString(r.until), '') ORDER BY r.since""")
                .fetchAs(String.class).all());
        assertThat(history).containsExactly("EXPERIMENTATION:2015-01-01..2016-01-01", "ESSAIMAGE:2016-01-01..");
        assertThat(count("MATCH (a:Alliance {id: 'wimoov-ag2r-mobilite-seniors', currentPhase: 'ESSAIMAGE'}) RETURN count(a)"))
                .isEqualTo(1);
    }
}

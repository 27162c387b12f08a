package org.alliancegraph.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.importer.DemoDataLoader;
import org.alliancegraph.neo4j.SchemaMigrations;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

@AllianceGraphTest
class ReferenceDataTest {

    @Autowired
    Neo4jClient client;
    @Autowired
    SchemaMigrations migrations;
    @Autowired
    ReferenceDataLoader reference;
    @Autowired
    DemoDataLoader demo;

    long count(String cypher) {
        return client.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void all_goals_and_targets_with_both_languages_and_un_identifiers() {
        assertThat(count("MATCH (g:SdgGoal) RETURN count(g)")).isEqualTo(17);
        assertThat(count("MATCH (t:SdgTarget) RETURN count(t)")).isEqualTo(169);
        assertThat(count("MATCH (t:SdgTarget)-[:PART_OF]->(:SdgGoal) RETURN count(t)")).isEqualTo(169);
        assertThat(count("MATCH (t:SdgTarget {code: '17'}) RETURN count(t)")).isZero();
        assertThat(count("MATCH (g:SdgGoal) WHERE g.titleFr = '' OR g.titleEn IS NULL RETURN count(g)")).isZero();
        assertThat(count("MATCH (t:SdgTarget) WHERE t.titleFr = '' OR t.titleEn IS NULL RETURN count(t)")).isZero();
        Map<String, Object> t = client.query("MATCH (t:SdgTarget {code: '17.17'}) RETURN t {.*} AS t")
                .fetch().one().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) t.get("t");
        assertThat(target.get("uri")).isEqualTo("http://metadata.un.org/sdg/17.17");
        assertThat((String) target.get("titleFr")).startsWith("Encourager et promouvoir les partenariats publics");
        assertThat((String) target.get("titleEn")).startsWith("Encourage and promote effective public, public-private");
        assertThat(count("MATCH (t:SdgTarget {code: '1.a'})-[:PART_OF]->(:SdgGoal {code: '1'}) RETURN count(t)")).isEqualTo(1);
    }

    @Test
    void the_cog_hierarchy_is_complete() {
        assertThat(count("MATCH (t:Territory {level: 'REGION'}) RETURN count(t)")).isEqualTo(18);
        assertThat(count("MATCH (t:Territory {level: 'DEPARTEMENT'}) RETURN count(t)")).isEqualTo(101);
        assertThat(count("MATCH (t:Territory {level: 'COLLECTIVITE_OUTRE_MER'}) RETURN count(t)")).isEqualTo(8);
        assertThat(count("MATCH (t:Territory {level: 'EPCI'}) RETURN count(t)")).isEqualTo(1255);
        assertThat(count("MATCH (t:Territory {level: 'COMMUNE'}) RETURN count(t)")).isEqualTo(34969);
        // Every territory but France has a parent, and every département sits in a région.
        assertThat(count("MATCH (t:Territory) WHERE t.id <> 'FR' AND NOT (t)-[:PART_OF]->() RETURN count(t)")).isZero();
        assertThat(count("MATCH (d:Territory {level: 'DEPARTEMENT'}) WHERE NOT (d)-[:PART_OF]->(:Territory {level: 'REGION'}) RETURN count(d)")).isZero();
        assertThat(count("""
                MATCH (:Territory {id: 'commune:37261'})-[:PART_OF]->(:Territory {id: 'departement:37'})
                      -[:PART_OF]->(:Territory {id: 'region:24'})-[:PART_OF]->(:Territory {id: 'FR'})
                RETURN count(*)""")).isEqualTo(1);
        // Populations add up: France is the sum of its régions and collectivités.
        assertThat(count("MATCH (r:Territory)-[:PART_OF]->(:Territory {id: 'FR'}) RETURN sum(r.population)"))
                .isEqualTo(count("MATCH (f:Territory {id: 'FR'}) RETURN f.population"));
    }

    @Test
    void vocabularies_follow_the_seed_documents() {
        List<String> phases = List.copyOf(client.query("MATCH (p:InnovationPhase) RETURN p.code ORDER BY p.rank")
                .fetchAs(String.class).all());
        assertThat(phases).containsExactly("CONCEPTION", "EXPERIMENTATION", "MODELISATION", "ESSAIMAGE", "INDUSTRIALISATION");
        assertThat(count("MATCH (d:FragilityDomain) RETURN count(d)")).isEqualTo(8);
        assertThat(count("MATCH (d:Dataset {id: 'vocabulary:fragility-domains'}) WHERE d.complete = false AND d.expectedCount = 16 RETURN count(d)"))
                .isEqualTo(1);
        assertThat(count("MATCH (i:ImpactType) WHERE NOT (i)-[:PART_OF]->() RETURN count(i)")).isEqualTo(3);
        assertThat(count("MATCH (i:ImpactType)-[:PART_OF]->(:ImpactType {code: 'PERFORMANCE'}) RETURN count(i)")).isEqualTo(3);
        assertThat(count("MATCH (n) WHERE (n:InnovationPhase OR n:FragilityDomain OR n:ImpactType) AND NOT (n)-[:SOURCED_FROM]->(:Source) RETURN count(n)"))
                .isZero();
    }

    @Test
    void schema_has_constraints_and_an_accent_insensitive_fulltext_index() {
        assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name IN ['organisation_id', 'alliance_id', 'territory_id', 'sdg_target_code', 'source_id'] RETURN count(*)"))
                .isEqualTo(5);
        assertThat(count("SHOW INDEXES YIELD name, type, state WHERE name = 'actor_name_search' AND type = 'FULLTEXT' AND state = 'ONLINE' RETURN count(*)"))
                .isEqualTo(1);
        assertThat(count("MATCH (m:__SchemaMigration {version: 1}) RETURN count(m)")).isEqualTo(1);
    }

    @Test
    void a_restart_loads_nothing_twice() {
        long nodes = count("MATCH (n) RETURN count(n)");
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");
        assertThat(migrations.apply()).isZero();
        assertThat(reference.loadIfAbsent()).isEmpty();
        assertThat(demo.loadIfAbsent()).isNull();
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
    }

    @Test
    void an_edited_migration_stops_the_start() {
        String checksum = client.query("MATCH (m:__SchemaMigration {version: 1}) RETURN m.checksum").fetchAs(String.class).one().orElseThrow();
        try {
            client.query("MATCH (m:__SchemaMigration {version: 1}) SET m.checksum = 'edited'").run();
            org.assertj.core.api.Assertions.assertThatThrownBy(migrations::apply)
                    .hasMessageContaining("V1").hasMessageContaining("changed after it was applied");
        } finally {
            client.query("MATCH (m:__SchemaMigration {version: 1}) SET m.checksum = $c").bind(checksum).to("c").run();
        }
    }
}

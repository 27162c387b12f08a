package org.alliancegraph.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.importer.ImportInput;
import org.alliancegraph.importer.ImportMode;
import org.alliancegraph.importer.ImportReport;
import org.alliancegraph.importer.ImportService;
import org.alliancegraph.reference.ReferenceDataLoader;
import org.alliancegraph.support.Expected;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The alliances acting in a département or région come from their IN_PLACE links (schema V005):
 * an alliance acting in an EPCI across two départements (the CC du Ried de Marckolsheim, in the
 * Bas-Rhin and the Haut-Rhin) is in both départements' lists and once in the région's, as the walk
 * down the tree says; the links follow a change of territories or name, and a start-up sets them for
 * alliances stored without them.
 */
@AllianceGraphTest
class AlliancesInPlaceTest {

    static final String PLACES = """
            MATCH (a:Alliance {id: $id})-[p:IN_PLACE]->(t:Territory)
            WITH p ORDER BY p.place
            RETURN collect(p.place + ' ' + p.name)""";

    @Autowired
    GraphQlTester graphQl;
    @Autowired
    ImportService importer;
    @Autowired
    ReferenceDataLoader reference;
    @Autowired
    Neo4jClient client;

    @AfterEach
    void remove() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'aip-' DETACH DELETE n").run();
    }

    ImportReport load(Path folder, String riedTerritories, String riedName) throws IOException {
        Files.writeString(folder.resolve("sources.csv"), "id,title\naip-source,Source de test\n");
        Files.writeString(folder.resolve("organisations.csv"), "id,name,kind,territory,source\n");
        Files.writeString(folder.resolve("memberships.csv"), "alliance,organisation,role,source\n");
        Files.writeString(folder.resolve("alliances.csv"), """
                id,name,mode,status,phase,start_date,territories,source
                aip-ried,%s,MECENAT,EN_COURS,EXPERIMENTATION,2020-01-01,%s,aip-source
                aip-strasbourg,Alliance de Strasbourg,MECENAT,EN_COURS,EXPERIMENTATION,2020-01-01,commune:67482,aip-source
                aip-deux,Alliance des deux départements,PRATIQUES_RESPONSABLES,EN_COURS,CONCEPTION,2020-01-01,commune:68066;departement:67,aip-source
                """.formatted(riedName, riedTerritories));
        ImportReport report = importer.importFolder(ImportInput.folder(folder), ImportMode.ALL_OR_NOTHING);
        assertThat(report.errors()).isEmpty();
        return report;
    }

    /** Independently: the alliances acting in the territory or below it, through no EPCI, meeting the phase, by name then id. */
    List<String> expected(String territory, String phase) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("t", territory);
        params.put("phase", phase);
        return List.copyOf(client.query("""
                MATCH (a:Alliance)-[:ACTS_IN]->(t:Territory) WHERE %s AND ($phase IS NULL OR a.currentPhase = $phase)
                RETURN DISTINCT a.id AS id, a.name AS name ORDER BY name, id""".formatted(Expected.WITHIN))
                .bindAll(params).fetchAs(String.class).mappedBy((t, r) -> r.get("id").asString()).all());
    }

    /** Every page of {@code size}, followed by its cursors; the total read on each page must agree. */
    @SuppressWarnings("unchecked")
    List<String> listed(String territory, String phase, int size) {
        List<String> ids = new ArrayList<>();
        String after = null;
        String filter = phase == null ? "{territory: $t}" : "{territory: $t, phases: [" + phase + "]}";
        do {
            Map<String, Object> page = graphQl.document("""
                    query($t: ID!, $after: String) { alliances(filter: %s, first: %d, after: $after) {
                      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }""".formatted(filter, size))
                    .variable("t", territory).variable("after", after).execute().path("alliances").entity(Map.class).get();
            ((List<Map<String, Object>>) page.get("edges")).forEach(e -> ids.add((String) ((Map<String, Object>) e.get("node")).get("id")));
            assertThat(page.get("totalCount")).as("total of %s", territory).isEqualTo(expected(territory, phase).size());
            Map<String, Object> info = (Map<String, Object>) page.get("pageInfo");
            after = Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
        } while (after != null);
        return ids;
    }

    List<String> places(String alliance) {
        return client.query(PLACES).bind(alliance).to("id").fetchAs(List.class)
                .mappedBy((t, r) -> r.get(0).asList(org.neo4j.driver.Value::asString)).one().orElseThrow();
    }

    @Test
    void an_alliance_across_two_departements_is_in_both_and_once_in_the_region(@TempDir Path folder) throws IOException {
        load(folder, "epci:200030526", "Alliance du Ried");
        assertThat(places("aip-ried")).containsExactly("departement:67 Alliance du Ried", "departement:68 Alliance du Ried",
                "region:44 Alliance du Ried");
        assertThat(places("aip-deux")).hasSize(3);
        for (String territory : List.of("departement:67", "departement:68", "region:44")) {
            for (String phase : java.util.Arrays.asList(null, "EXPERIMENTATION")) {
                List<String> expected = expected(territory, phase);
                assertThat(expected).as(territory).contains("aip-ried");
                assertThat(listed(territory, phase, 500)).as(territory).isEqualTo(expected);
                assertThat(listed(territory, phase, 1)).as("%s a page of one at a time", territory).isEqualTo(expected);
            }
        }
        assertThat(listed("departement:67", null, 500)).contains("aip-strasbourg", "aip-deux");
        assertThat(listed("departement:68", null, 500)).contains("aip-deux").doesNotContain("aip-strasbourg");
        assertThat(listed("departement:68", "EXPERIMENTATION", 500)).doesNotContain("aip-deux");
    }

    @Test
    void the_links_follow_a_change_of_territory_or_name_and_the_same_rows_change_nothing(@TempDir Path folder) throws IOException {
        load(folder, "epci:200030526", "Alliance du Ried");
        ImportReport again = load(folder, "epci:200030526", "Alliance du Ried");
        assertThat(again.relationshipsCreated()).isZero();
        assertThat(again.relationshipsDeleted()).isZero();
        load(folder, "commune:68066", "Alliance du Ried renommée");
        assertThat(places("aip-ried")).containsExactly("departement:68 Alliance du Ried renommée", "region:44 Alliance du Ried renommée");
        assertThat(listed("departement:67", null, 500)).doesNotContain("aip-ried").isEqualTo(expected("departement:67", null));
        assertThat(listed("departement:68", null, 500)).contains("aip-ried").isEqualTo(expected("departement:68", null));
    }

    @Test
    void a_start_sets_the_links_of_alliances_stored_without_them(@TempDir Path folder) throws IOException {
        load(folder, "epci:200030526", "Alliance du Ried");
        client.query("MATCH (a:Alliance)-[p:IN_PLACE]->() WHERE a.id STARTS WITH 'aip-' DELETE p").run();
        client.query("MATCH (d:Dataset {id: 'derived:alliance-places'}) DELETE d").run();
        assertThat(places("aip-ried")).isEmpty();
        reference.loadIfAbsent();
        assertThat(places("aip-ried")).hasSize(3);
        assertThat(listed("region:44", null, 500)).isEqualTo(expected("region:44", null));
    }
}

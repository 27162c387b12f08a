package org.alliancegraph.organisation;

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
import org.alliancegraph.importer.ImportService;
import org.alliancegraph.support.Expected;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A département's or région's organisations come from each organisation's place keys (schema V004):
 * the keys follow the organisation when it moves, and an organisation in an EPCI across two
 * départements (the CC du Ried de Marckolsheim, in the Bas-Rhin and the Haut-Rhin) is in both
 * départements' lists and once in the région's, as the walk up the tree says.
 */
@AllianceGraphTest
class OrganisationsInPlaceTest {

    static final String EPCI_ACROSS = "epci:200030526";
    static final String KEYS = """
            MATCH (o:Organisation {id: 'oip-ried'})
            RETURN coalesce(o.departement, '-') + ' ' + coalesce(o.region, '-') + ' ' + coalesce(toString(o.manyPlaces), '-')""";

    @Autowired
    GraphQlTester graphQl;
    @Autowired
    ImportService importer;
    @Autowired
    Neo4jClient client;

    @AfterEach
    void remove() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'oip-' DETACH DELETE n").run();
    }

    void load(Path folder, String epciOrganisationPlace) throws IOException {
        Files.writeString(folder.resolve("sources.csv"), "id,title\noip-source,Source de test\n");
        Files.writeString(folder.resolve("alliances.csv"), "id,name,mode,source\n");
        Files.writeString(folder.resolve("memberships.csv"), "alliance,organisation,role,source\n");
        Files.writeString(folder.resolve("organisations.csv"), """
                id,name,kind,territory,source
                oip-ried,Association du Ried,ASSOCIATION,%s,oip-source
                oip-strasbourg,Entreprise de Strasbourg,ENTREPRISE,commune:67482,oip-source
                oip-colmar,Fondation de Colmar,FONDATION,commune:68066,oip-source
                """.formatted(epciOrganisationPlace));
        assertThat(importer.importFolder(ImportInput.folder(folder), ImportMode.ALL_OR_NOTHING).errors()).isEmpty();
    }

    /** Independently: the organisations in the territory or below it, through no EPCI, by name then id. */
    List<String> expected(String territory) {
        return Expected.organisationsIn(client, territory);
    }

    /** Every page of {@code size}, followed by its cursors; the total read on each page must agree. */
    @SuppressWarnings("unchecked")
    List<String> listed(String territory, int size) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> page = graphQl.document("""
                    query($t: ID!, $after: String) { organisations(filter: {territory: $t}, first: %d, after: $after) {
                      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }""".formatted(size))
                    .variable("t", territory).variable("after", after).execute().path("organisations").entity(Map.class).get();
            ((List<Map<String, Object>>) page.get("edges")).forEach(e -> ids.add((String) ((Map<String, Object>) e.get("node")).get("id")));
            assertThat(page.get("totalCount")).as("total of %s", territory).isEqualTo(expected(territory).size());
            Map<String, Object> info = (Map<String, Object>) page.get("pageInfo");
            after = Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
        } while (after != null);
        return ids;
    }

    @Test
    void an_organisation_across_two_departements_is_in_both_and_once_in_the_region(@TempDir Path folder) throws IOException {
        load(folder, EPCI_ACROSS);
        assertThat(client.query(KEYS)
                .fetchAs(String.class).one().orElseThrow()).isEqualTo("- region:44 true");
        for (String territory : List.of("departement:67", "departement:68", "region:44")) {
            List<String> expected = expected(territory);
            assertThat(expected).as(territory).contains("oip-ried");
            assertThat(listed(territory, 500)).as(territory).isEqualTo(expected);
            assertThat(listed(territory, 1)).as("%s a page of one at a time", territory).isEqualTo(expected);
        }
        assertThat(listed("departement:67", 500)).contains("oip-strasbourg").doesNotContain("oip-colmar");
    }

    @Test
    void the_keys_follow_an_organisation_that_moves(@TempDir Path folder) throws IOException {
        load(folder, EPCI_ACROSS);
        load(folder, "commune:68066");
        assertThat(client.query(KEYS)
                .fetchAs(String.class).one().orElseThrow()).isEqualTo("departement:68 region:44 -");
        assertThat(listed("departement:67", 500)).doesNotContain("oip-ried").isEqualTo(expected("departement:67"));
        assertThat(listed("departement:68", 500)).contains("oip-ried").isEqualTo(expected("departement:68"));
    }

    @Test
    void the_migration_gives_organisations_stored_before_it_their_keys(@TempDir Path folder) throws IOException {
        load(folder, EPCI_ACROSS);
        client.query("MATCH (o:Organisation) WHERE o.id STARTS WITH 'oip-' REMOVE o.departement, o.region, o.manyPlaces").run();
        List<String> script = org.alliancegraph.neo4j.CypherScript.statements(new org.springframework.core.io.ClassPathResource(
                "cypher/schema/V004__organisation_place_keys.cypher").getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        client.query(script.getLast()).run();
        assertThat(client.query(KEYS).fetchAs(String.class).one().orElseThrow()).isEqualTo("- region:44 true");
        assertThat(listed("departement:68", 500)).contains("oip-ried", "oip-colmar").isEqualTo(expected("departement:68"));
    }
}

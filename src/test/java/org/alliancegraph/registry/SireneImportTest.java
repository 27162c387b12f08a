package org.alliancegraph.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.generator.RnaFileGenerator;
import org.alliancegraph.generator.SireneFileGenerator;
import org.alliancegraph.territory.TerritoryPlaces;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * SIRENE's stock files in the published layout (generated) applied for a selection: the organisations
 * the graph then holds are the units the files select, read back here without the importer (kind from
 * the legal category, head office commune, SIRET); an association the RNA put in the graph is completed
 * with its SIREN, not duplicated; the same files twice write nothing; a selection by département takes
 * exactly the units whose head office is there.
 */
@AllianceGraphTest
class SireneImportTest {

    static final int UNITS = 800;
    static final int LINKED = 300;

    @Autowired
    SireneImport sirene;
    @Autowired
    RnaImport rna;
    @Autowired
    TerritoryPlaces places;
    @Autowired
    Neo4jClient client;
    @TempDir
    Path dir;

    @AfterEach
    void clean() {
        client.query("MATCH (o:Organisation) WHERE o.id STARTS WITH 'sirene-' OR o.id STARTS WITH 'rna-' DETACH DELETE o").run();
        client.query("MATCH (s:Source) WHERE s.id STARTS WITH 'sirene-' OR s.id STARTS WITH 'rna-' DETACH DELETE s").run();
    }

    static List<CSVRecord> rows(Path zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            in.getNextEntry();
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).getRecords();
        }
    }

    long count(String cypher) {
        return client.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void the_ess_selection_is_what_the_files_say_linked_to_the_rna_and_applied_once() throws Exception {
        rna.apply(new RnaFileGenerator(3).write(dir.resolve("rna"), LINKED, LocalDate.of(2026, 11, 1)).file(), 500, line -> { });
        SireneFileGenerator.Written files = new SireneFileGenerator(3).write(dir.resolve("sirene"), UNITS, LINKED, LocalDate.of(2026, 12, 1));

        // What the files select, read here: diffusible units marked ESS, and their head office's commune.
        Map<String, CSVRecord> selected = new TreeMap<>();
        for (CSVRecord u : rows(files.units())) {
            if (u.get("economieSocialeSolidaireUniteLegale").equals("O") && !u.get("statutDiffusionUniteLegale").equals("P")) {
                selected.put(u.get("siren"), u);
            }
        }
        Map<String, String> headOffice = new HashMap<>();
        for (CSVRecord e : rows(files.establishments())) {
            if (e.get("etablissementSiege").equals("true")) {
                headOffice.put(e.get("siren"), RnaRows.commune(e.get("codeCommuneEtablissement")));
            }
        }
        SireneImport.Report report = sirene.apply(files.units(), files.establishments(), SireneSelection.ESS, LocalDate.of(2026, 12, 1),
                100, line -> { });
        assertThat(report.rejected()).isZero();
        assertThat(report.selected()).isEqualTo(selected.size());
        assertThat(count("MATCH (o:Organisation) WHERE o.siren IS NOT NULL AND (o.id STARTS WITH 'sirene-' OR o.id STARTS WITH 'rna-') "
                + "AND o.sireneHash IS NOT NULL RETURN count(o)")).isEqualTo(selected.size());

        // Every selected unit is one organisation, with the kind its category gives and its head office's commune.
        List<Map<String, Object>> graph = client.query("""
                MATCH (o:Organisation) WHERE o.sireneHash IS NOT NULL
                OPTIONAL MATCH (o)-[:LOCATED_IN]->(t:Territory)
                RETURN o.siren AS siren, o.id AS id, o.kind AS kind, o.rna AS rna, o.headOfficeSiret AS siret,
                       collect(t.id) AS places""").fetch().all().stream().toList();
        assertThat(graph).hasSize(selected.size());
        int linked = 0;
        for (Map<String, Object> o : graph) {
            CSVRecord unit = selected.get((String) o.get("siren"));
            assertThat(unit).as("organisation %s is a selected unit", o.get("siren")).isNotNull();
            assertThat(o.get("siret")).isEqualTo(unit.get("siren") + unit.get("nicSiegeUniteLegale"));
            String rnaNumber = unit.get("identifiantAssociationUniteLegale");
            if (!rnaNumber.isEmpty()) {
                // The association the RNA put in the graph, completed with its SIREN: one node, under the RNA's id.
                assertThat(o.get("id")).isEqualTo("rna-" + rnaNumber.toLowerCase(java.util.Locale.ROOT));
                assertThat(o.get("rna")).isEqualTo(rnaNumber);
                linked++;
            } else {
                assertThat(o.get("id")).isEqualTo("sirene-" + unit.get("siren"));
                assertThat(o.get("kind")).isEqualTo(SireneCodes.kind(unit.get("categorieJuridiqueUniteLegale"), true).name());
                String commune = headOffice.get(unit.get("siren"));
                if (commune != null && places.ids().contains(commune)) {
                    assertThat(o.get("places")).isEqualTo(List.of(commune));
                }
            }
        }
        assertThat(linked).as("associations SIRENE links to the RNA").isGreaterThan(50);
        assertThat(count("MATCH (o:Organisation) WHERE o.id STARTS WITH 'sirene-' AND o.rna IS NOT NULL "
                + "AND EXISTS { MATCH (r:Organisation {rna: o.rna}) WHERE r <> o } RETURN count(o)")).as("no duplicate").isZero();
        assertThat(count("MATCH (o:Organisation {kind: 'ENTREPRISE_SOCIALE'}) WHERE o.id STARTS WITH 'sirene-' RETURN count(o)")).isPositive();
        String one = graph.stream().map(o -> (String) o.get("id")).filter(id -> id.startsWith("sirene-")).findFirst().orElseThrow();
        assertThat(client.query("""
                MATCH (:Organisation {id: $id})-[x:SOURCED_FROM]->(s:Source {kind: 'REGISTRE_SIRENE', complete: true})
                RETURN s.id + ' ' + x.quote""").bind(one).to("id").fetchAs(String.class).all())
                .singleElement().asString().startsWith("sirene-stock-2026-12-01 StockUniteLegale_utf8.zip/StockUniteLegale_utf8.csv:");

        SireneImport.Report again = sirene.apply(files.units(), files.establishments(), SireneSelection.ESS, LocalDate.of(2026, 12, 1),
                100, line -> { });
        assertThat(again.written()).as("the same files twice write nothing").isZero();
        assertThat(again.headOfficesWritten()).isZero();
    }

    @Test
    void a_selection_by_departement_takes_the_units_whose_head_office_is_there() throws Exception {
        SireneFileGenerator.Written files = new SireneFileGenerator(11).write(dir.resolve("sirene"), 3_000, 0, LocalDate.of(2026, 12, 1));
        Set<String> diffusible = new java.util.HashSet<>();
        for (CSVRecord u : rows(files.units())) {
            if (!u.get("statutDiffusionUniteLegale").equals("P")) {
                diffusible.add(u.get("siren"));
            }
        }
        List<String> expected = new ArrayList<>();
        for (CSVRecord e : rows(files.establishments())) {
            String code = e.get("codeCommuneEtablissement");
            if (e.get("etablissementSiege").equals("true") && (code.startsWith("75") || code.startsWith("69")) && diffusible.contains(e.get("siren"))) {
                expected.add(e.get("siren"));
            }
        }
        SireneImport.Report report = sirene.apply(files.units(), files.establishments(), SireneSelection.parse("all", "75,69"),
                LocalDate.of(2026, 12, 1), 500, line -> { });
        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(report.selected()).isEqualTo(expected.size());
        assertThat(client.query("MATCH (o:Organisation) WHERE o.id STARTS WITH 'sirene-' RETURN o.siren").fetchAs(String.class).all())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(count("MATCH (o:Organisation)-[:LOCATED_IN]->(t) WHERE o.id STARTS WITH 'sirene-' AND NOT o.departement IN "
                + "['departement:75', 'departement:69'] RETURN count(o)")).isZero();
    }

    @Test
    void every_legal_category_level_has_a_kind_and_labels_and_activity_codes_their_section() {
        // INSEE's level II of the legal categories, all of them.
        for (String code : List.of("10", "21", "22", "23", "24", "27", "29", "31", "32", "41", "51", "52", "53", "54", "55", "56", "57",
                "58", "61", "62", "63", "64", "65", "69", "71", "72", "73", "74", "81", "82", "83", "84", "85", "91", "92", "93", "99")) {
            SireneCodes.Category c = SireneCodes.category(code + "00");
            assertThat(c).as(code).isNotNull();
            assertThat(c.labelFr()).isNotBlank();
            assertThat(c.labelEn()).isNotBlank();
            assertThat(c.why()).isNotBlank();
        }
        assertThat(SireneCodes.kind("9220", true)).isEqualTo(OrganisationKind.ASSOCIATION);
        assertThat(SireneCodes.kind("9300", true)).isEqualTo(OrganisationKind.FONDATION);
        assertThat(SireneCodes.kind("5458", true)).isEqualTo(OrganisationKind.ENTREPRISE_SOCIALE);
        assertThat(SireneCodes.kind("5710", false)).isEqualTo(OrganisationKind.ENTREPRISE);
        assertThat(SireneCodes.kind("7210", false)).isEqualTo(OrganisationKind.COLLECTIVITE_TERRITORIALE);
        assertThat(SireneCodes.kind("7346", false)).isEqualTo(OrganisationKind.COLLECTIVITE_TERRITORIALE);
        assertThat(SireneCodes.kind("7331", false)).isEqualTo(OrganisationKind.ACTEUR_PUBLIC);
        assertThat(SireneCodes.kind("3205", false)).isEqualTo(OrganisationKind.ACTEUR_PUBLIC);
        assertThat(SireneCodes.kind("8210", true)).isEqualTo(OrganisationKind.ENTREPRISE_SOCIALE);
        assertThat(SireneCodes.kind("0000", false)).as("no such level").isEqualTo(OrganisationKind.NON_PRECISE);
        assertThat(SireneCodes.kind(null, false)).isEqualTo(OrganisationKind.NON_PRECISE);
        assertThat(SireneCodes.section("88.99B")).isEqualTo("Q");
        assertThat(SireneCodes.section("01.11Z")).isEqualTo("A");
        assertThat(SireneCodes.section("84.11Z")).isEqualTo("O");
        assertThat(SireneCodes.section("99.00Z")).isEqualTo("U");
        assertThat(SireneCodes.section("04.00Z")).as("no division 04").isNull();
        assertThat(SireneCodes.section("8899B")).isNull();
        assertThat(SireneCodes.SECTIONS).hasSize(21);
        // Activities and the fragility domains they work in: the longest prefix wins, most codes say nothing.
        assertThat(SireneCodes.field("88.10A").fragilityDomain()).isEqualTo("LIEN_SOCIAL_ISOLEMENT");
        assertThat(SireneCodes.field("88.99B").fragilityDomain()).isEqualTo("PAUVRETE_PRECARITE");
        assertThat(SireneCodes.field("85.59A").fragilityDomain()).isEqualTo("EDUCATION");
        assertThat(SireneCodes.field("86.10Z").fragilityDomain()).as("health: none of the eight named").isNull();
        assertThat(SireneCodes.field("86.10Z").sdgGoals()).containsExactly(3);
        assertThat(SireneCodes.field("94.99Z")).isNull();
        java.util.Set<String> known = new java.util.HashSet<>(client.query("MATCH (d:FragilityDomain) RETURN d.code").fetchAs(String.class).all());
        for (SireneCodes.Field f : SireneCodes.FIELDS) {
            assertThat(f.fragilityDomain() == null || known.contains(f.fragilityDomain())).as(f.prefix()).isTrue();
            assertThat(f.sdgGoals()).as(f.prefix()).isNotEmpty().allSatisfy(g -> assertThat(g).isBetween(1, 17));
            assertThat(f.why()).isNotBlank();
        }
    }
}

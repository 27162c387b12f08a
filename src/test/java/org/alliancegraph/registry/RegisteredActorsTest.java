package org.alliancegraph.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.generator.RnaFileGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A territory's denominators ({@code Ecosystem.registered}) after an RNA delivery, checked against a
 * count made here from the file itself (its per-département CSVs, positions and social objects), not
 * through the graph: registered, allied once three of them join an alliance, the engagement rate, and
 * the unallied ones by social object.
 */
@AllianceGraphTest
class RegisteredActorsTest {

    @Autowired
    RnaImport rna;
    @Autowired
    Neo4jClient client;
    @Autowired
    GraphQlTester graphQl;
    @TempDir
    Path dir;

    @AfterEach
    void clean() {
        client.query("MATCH (o:Organisation) WHERE o.id STARTS WITH 'rna-' DETACH DELETE o").run();
        client.query("MATCH (n) WHERE n.id STARTS WITH 'rna-' OR n.id STARTS WITH 'sirene-' OR n.id = 'ra-alliance' DETACH DELETE n").run();
    }

    @Test
    void every_social_object_theme_has_a_row_whose_domain_and_goals_exist_and_say_why() {
        List<String> domains = List.copyOf(client.query("MATCH (d:FragilityDomain) RETURN d.code AS code").fetchAs(String.class).all());
        // The nomenclature's 31 themes.
        List<String> themes = List.of("001", "002", "003", "004", "005", "006", "007", "009", "010", "011", "013", "014", "015",
                "016", "017", "018", "019", "020", "021", "022", "023", "024", "030", "032", "034", "036", "038", "040", "050")
                .stream().map(t -> t + "000").toList();
        assertThat(SocialObjects.ROWS.keySet()).containsAll(themes);
        SocialObjects.ROWS.values().forEach(row -> {
            assertThat(row.code()).matches("\\d{6}");
            assertThat(SocialObjects.ROWS).as("%s's theme", row.code()).containsKey(SocialObjects.theme(row.code()));
            assertThat(row.labelFr()).isNotBlank();
            assertThat(row.labelEn()).isNotBlank();
            assertThat(row.why()).as("why %s", row.code()).hasSizeGreaterThan(10);
            if (row.fragilityDomain() != null) {
                assertThat(domains).contains(row.fragilityDomain());
            }
            assertThat(row.sdgGoals()).allSatisfy(g -> assertThat(g).isBetween(1, 17));
        });
        // A finer code takes its own row, else its theme's; a code of no theme is unknown.
        assertThat(SocialObjects.of("019020").fragilityDomain()).isEqualTo("EMPLOI_CHOMAGE");
        assertThat(SocialObjects.of("019055").code()).isEqualTo("019000");
        assertThat(SocialObjects.of("099000")).isNull();
        assertThat(SocialObjects.of("000000")).isNull();
    }

    @Test
    void a_departement_counts_its_registered_associations_and_those_in_an_alliance_as_the_file_says() throws Exception {
        RnaFileGenerator.Written file = new RnaFileGenerator(21).write(dir, 4_000, LocalDate.of(2026, 11, 1));
        String departement = file.byDepartement().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String code = departement.substring("departement:".length());
        // The département's rows, read from its own CSV in the zip: active ones (position A, no dissolution).
        List<CSVRecord> active = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file.file()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith("_dpt_" + code + ".csv")) {
                    for (CSVRecord r : CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                            .parse(new java.io.StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))) {
                        if (r.get("position").equals("A") && r.get("date_disso").isEmpty()) {
                            active.add(r);
                        }
                    }
                }
            }
        }
        rna.apply(file.file(), 1_000, line -> { });
        // Three of them join an alliance.
        List<String> joining = active.subList(0, 3).stream().map(r -> "rna-" + r.get("id").toLowerCase(java.util.Locale.ROOT)).toList();
        client.query("""
                MERGE (a:Alliance {id: 'ra-alliance'}) SET a.name = 'Alliance des registres', a.mode = 'MECENAT'
                WITH a UNWIND $ids AS id MATCH (o:Organisation {id: id}) MERGE (o)-[:PARTNER_IN {role: 'PARTENAIRE'}]->(a)""")
                .bind(joining).to("ids").run();
        // Counted from the file: the unallied by the themes of their codes (each theme once), and every
        // active one by the fragility domain of its first code that has one.
        Map<String, Integer> unalliedByObject = new TreeMap<>();
        Map<String, Integer> byDomain = new TreeMap<>();
        for (int i = 0; i < active.size(); i++) {
            CSVRecord r = active.get(i);
            java.util.Set<String> themes = new java.util.TreeSet<>();
            String domain = null;
            for (String object : List.of(r.get("objet_social1"), r.get("objet_social2"))) {
                if (object.matches("\\d{6}")) {
                    themes.add(object.substring(0, 3) + "000");
                    SocialObjects.SocialObject row = SocialObjects.of(object);
                    domain = domain == null && row != null ? row.fragilityDomain() : domain;
                }
            }
            if (i >= 3) {
                themes.forEach(t -> unalliedByObject.merge(t, 1, Integer::sum));
            }
            if (domain != null) {
                byDomain.merge(domain, 1, Integer::sum);
            }
        }

        var registered = graphQl.document("""
                query($t: ID!) { ecosystem(scope: {territory: $t}) { registered { total allied engagementRate
                  byKind { key registered allied } unalliedBySocialObject { key label { fr en } registered }
                  byFragilityDomain { key registered } } } }""")
                .variable("t", departement).execute();
        registered.path("ecosystem.registered.total").entity(Integer.class).isEqualTo(active.size());
        registered.path("ecosystem.registered.allied").entity(Integer.class).isEqualTo(3);
        registered.path("ecosystem.registered.engagementRate").entity(Double.class).isEqualTo(3.0 / active.size());
        registered.path("ecosystem.registered.byKind[0].key").entity(String.class).isEqualTo("ASSOCIATION");
        registered.path("ecosystem.registered.byKind[0].registered").entity(Integer.class).isEqualTo(active.size());
        Map<String, Integer> answered = new HashMap<>();
        registered.path("ecosystem.registered.unalliedBySocialObject").entityList(Map.class).get().forEach(m -> {
            answered.put((String) m.get("key"), ((Number) m.get("registered")).intValue());
            assertThat(((Map<?, ?>) m.get("label")).get("fr")).as("theme %s labelled", m.get("key")).isNotNull();
            assertThat(((Map<?, ?>) m.get("label")).get("en")).as("theme %s labelled", m.get("key")).isNotNull();
        });
        assertThat(answered).isEqualTo(unalliedByObject).hasSizeGreaterThan(5);
        Map<String, Integer> domains = new TreeMap<>();
        registered.path("ecosystem.registered.byFragilityDomain").entityList(Map.class).get()
                .forEach(m -> domains.put((String) m.get("key"), ((Number) m.get("registered")).intValue()));
        assertThat(domains).isEqualTo(byDomain).containsKeys("EDUCATION", "PAUVRETE_PRECARITE", "EMPLOI_CHOMAGE");

        // The territory alone answers the same, without an ecosystem (what the page asks).
        var ofTerritory = graphQl.document("""
                query($t: ID!) { registered(territory: $t) { total allied engagementRate
                  byKind { key registered allied } unalliedBySocialObject { key label { fr en } registered }
                  byFragilityDomain { key registered } } }""").variable("t", departement).execute();
        assertThat(ofTerritory.path("registered").entity(Map.class).get())
                .isEqualTo(registered.path("ecosystem.registered").entity(Map.class).get());

        graphQl.document("{ registered(territory: \"commune:99999\") { total } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("does not exist")));

        // Other scopes have none.
        graphQl.document("{ ecosystem(scope: {programme: \"phare\"}) { registered { total } } }").execute()
                .path("ecosystem.registered").valueIsNull();
    }

    @Autowired
    SireneImport sirene;

    @Test
    void a_departement_counts_its_registered_units_by_fragility_domain_and_nafsection_as_the_files_say() throws Exception {
        org.alliancegraph.generator.SireneFileGenerator.Written files = new org.alliancegraph.generator.SireneFileGenerator(8)
                .write(dir, 5_000, 0, LocalDate.of(2026, 12, 1));
        // The units selected (ESS, shown, active) and the département of their head office, read from the files.
        Map<String, String> departementOf = new HashMap<>();
        for (CSVRecord e : SireneImportTest.rows(files.establishments())) {
            String c = e.get("codeCommuneEtablissement");
            if (e.get("etablissementSiege").equals("true") && c.matches("\\d{5}") && !c.startsWith("97")) {
                departementOf.put(e.get("siren"), c.substring(0, 2));
            }
        }
        Map<String, Integer> perDepartement = new HashMap<>();
        List<CSVRecord> units = SireneImportTest.rows(files.units()).stream()
                .filter(u -> u.get("economieSocialeSolidaireUniteLegale").equals("O") && !u.get("statutDiffusionUniteLegale").equals("P")
                        && u.get("etatAdministratifUniteLegale").equals("A") && departementOf.containsKey(u.get("siren"))).toList();
        units.forEach(u -> perDepartement.merge(departementOf.get(u.get("siren")), 1, Integer::sum));
        String code = perDepartement.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<String, Integer> byDomain = new TreeMap<>();
        Map<String, Integer> bySection = new TreeMap<>();
        int total = 0;
        for (CSVRecord u : units) {
            if (departementOf.get(u.get("siren")).equals(code)) {
                total++;
                String naf = u.get("activitePrincipaleUniteLegale");
                SireneCodes.Field field = SireneCodes.field(naf);
                if (field != null && field.fragilityDomain() != null) {
                    byDomain.merge(field.fragilityDomain(), 1, Integer::sum);
                }
                bySection.merge(SireneCodes.section(naf), 1, Integer::sum);
            }
        }
        sirene.apply(files.units(), files.establishments(), SireneSelection.parse("ess", code), LocalDate.of(2026, 12, 1), 1_000, line -> { });

        var answer = graphQl.document("""
                query($t: ID!) { ecosystem(scope: {territory: $t}) { registered { total allied
                  byFragilityDomain { key label { fr } registered allied } unalliedByNafSection { key registered } } } }""")
                .variable("t", "departement:" + code).execute();
        answer.path("ecosystem.registered.total").entity(Integer.class).isEqualTo(total);
        answer.path("ecosystem.registered.allied").entity(Integer.class).isEqualTo(0);
        Map<String, Integer> domains = new TreeMap<>();
        answer.path("ecosystem.registered.byFragilityDomain").entityList(Map.class).get().forEach(m -> {
            domains.put((String) m.get("key"), ((Number) m.get("registered")).intValue());
            assertThat(((Map<?, ?>) m.get("label")).get("fr")).as("labelled").isNotNull();
        });
        assertThat(domains).isEqualTo(byDomain).isNotEmpty();
        Map<String, Integer> sections = new TreeMap<>();
        answer.path("ecosystem.registered.unalliedByNafSection").entityList(Map.class).get()
                .forEach(m -> sections.put((String) m.get("key"), ((Number) m.get("registered")).intValue()));
        assertThat(sections).isEqualTo(bySection);
    }
}

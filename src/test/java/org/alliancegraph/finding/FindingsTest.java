package org.alliancegraph.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * What the studies found, as the demonstration data holds it: every quote of studies.csv and
 * findings.csv is in its document word for word (whitespace aside) and a finding's quote holds its
 * figure; the findings are asked by population, topic, study, programme, actor kind and period; a
 * series (the citizens' 69 % then 81 %) reads in order; a figure two documents word or date
 * differently keeps both quotes and says so.
 */
@AllianceGraphTest
class FindingsTest {

    @Autowired
    GraphQlTester graphQl;
    @Autowired
    Neo4jClient client;

    /** The documents by source id, their whitespace collapsed. */
    static Map<String, String> documents() throws Exception {
        Map<String, String> byId = new HashMap<>();
        for (CSVRecord s : FindingsLoader.read("demo/sources.csv")) {
            Path file = Path.of("src/test/resources/seeds", s.get("file"));
            byId.put(s.get("id"), Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s+", " "));
        }
        return byId;
    }

    @Test
    void every_quote_is_in_its_document_word_for_word_and_holds_its_figure() throws Exception {
        Map<String, String> documents = documents();
        for (CSVRecord r : FindingsLoader.read(FindingsLoader.STUDIES)) {
            assertThat(documents.get(r.get("source"))).as("studies.csv %s", r.get("id")).contains(r.get("quote").replaceAll("\\s+", " "));
        }
        Map<String, String> value = new HashMap<>();
        Map<String, String> unit = new HashMap<>();
        int citations = 0;
        for (CSVRecord r : FindingsLoader.read(FindingsLoader.FINDINGS)) {
            if (!r.get("value").isEmpty()) {
                value.put(r.get("id"), r.get("value"));
                unit.put(r.get("id"), r.get("unit"));
            }
            String quote = r.get("quote").replaceAll("\\s+", " ");
            assertThat(documents.get(r.get("source"))).as("findings.csv:%d %s", r.getRecordNumber() + 1, r.get("id")).contains(quote);
            List<String> forms = written(value.get(r.get("id")), unit.get(r.get("id")));
            assertThat(forms).as("the quote of %s holds its figure: %s", r.get("id"), quote).anyMatch(quote::contains);
            citations++;
        }
        assertThat(value).hasSizeGreaterThanOrEqualTo(14);
        assertThat(count("MATCH (f:Finding) RETURN count(f)")).isEqualTo(value.size());
        assertThat(count("MATCH (:Finding)-[x:SOURCED_FROM]->(:Source) RETURN count(x)")).isEqualTo(citations);
    }

    long count(String cypher) {
        return client.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void findings_are_asked_by_population_topic_study_programme_and_period() {
        List<Map> mayors = graphQl.document("""
                { findings(filter: {population: MAYORS}) { id value unit year topic populationLabel { fr }
                  study { id name runBy { id name } } provenance { source { id file } quote } } }""")
                .execute().path("findings").entityList(Map.class).get();
        assertThat(mayors).extracting(m -> m.get("id")).contains("phare-maires-alliances", "phare-maires-co-construction",
                "phare-maires-comment-faire", "impact-maires-jouer-collectif").doesNotContain("phare-citoyens-alliances");
        Map<?, ?> impact = mayors.stream().filter(m -> m.get("id").equals("impact-maires-jouer-collectif")).findFirst().orElseThrow();
        assertThat(impact.get("value")).isEqualTo(92.0);
        assertThat(impact.get("year")).isEqualTo(2020);
        assertThat(impact.get("study").toString()).contains("IMPACT-Elus locaux", "Comisis", "OpinionWay");
        assertThat(impact.get("provenance").toString()).contains("001_d33771ef013c05fa.txt", "92% des maires");

        assertThat(graphQl.document("{ findings(filter: {programme: \"impact\", from: 2021}) { id } }").execute()
                .path("findings[*].id").entityList(String.class).get()).containsExactlyInAnyOrder("impact-associatifs-jouer-collectif",
                        "impact-dirigeants-jouer-collectif", "impact-fondations-jouer-collectif");
        assertThat(graphQl.document("{ findings(filter: {actorKind: ASSOCIATION, topic: PARTNERSHIP_PRACTICE}) { id value } }").execute()
                .path("findings[*].id").entityList(String.class).get()).containsExactlyInAnyOrder("phare-associations-partenariat",
                        "partenariats-associations-entreprises");
        graphQl.document("{ findings(filter: {study: \"phare-entreprises\"}) { id } }").execute()
                .path("findings[*].id").entityList(String.class).containsExactly("phare-entreprises-partenariat");
        graphQl.document("{ findings(filter: {sdgTarget: \"17.17\", territory: \"FR\"}, first: 3) { id } }").execute()
                .path("findings").entityList(Object.class).hasSize(3);
    }

    @Test
    void a_series_reads_in_order_and_differences_between_documents_stay_visible() {
        var citizens = graphQl.document("""
                { findings(filter: {population: CITIZENS}) { id value year updates updatedBy } }""").execute();
        citizens.path("findings[?(@.id == 'impact-citoyens-jouer-collectif')].updates").entityList(String.class)
                .containsExactly("phare-citoyens-alliances");
        citizens.path("findings[?(@.id == 'phare-citoyens-alliances')].updatedBy[0]").entityList(String.class)
                .containsExactly("impact-citoyens-jouer-collectif");
        citizens.path("findings[?(@.id == 'phare-citoyens-alliances')].value").entityList(Double.class).containsExactly(69.0);

        var fortySix = graphQl.document("""
                { findings(filter: {topic: KNOW_HOW}) { id value note provenance { source { id } quote } } }""").execute();
        assertThat(fortySix.path("findings[0].provenance[*].quote").entityList(String.class).get()).hasSize(3)
                .anySatisfy(q -> assertThat(q).contains("ne savent pas encore comment faire"))
                .anySatisfy(q -> assertThat(q).contains("dont 46% qu’elle émerge tout juste"));
        fortySix.path("findings[0].note").entity(String.class).satisfies(n -> assertThat(n).contains("differently"));
    }

    @Test
    void an_ecosystem_shows_the_findings_that_concern_its_scope() {
        // France's findings hold for a département in it; a programme's are its studies'; an association's are about associations.
        // Counted from the file: the findings holding for France, and those about a target of goal 17.
        List<CSVRecord> file = FindingsLoader.read(FindingsLoader.FINDINGS).stream().filter(r -> !r.get("value").isEmpty()).toList();
        List<String> france = file.stream().filter(r -> r.get("territory").equals("FR")).map(r -> r.get("id")).toList();
        List<String> goal17 = file.stream().filter(r -> java.util.Arrays.stream(r.get("sdg_targets").split(";")).anyMatch(t -> t.startsWith("17.")))
                .map(r -> r.get("id")).toList();
        assertThat(graphQl.document("{ ecosystem(scope: {territory: \"departement:53\"}) { findings { id } } }").execute()
                .path("ecosystem.findings[*].id").entityList(String.class).get()).containsExactlyInAnyOrderElementsOf(france)
                .doesNotContain("nanterre-covoiturage-2002", "capacity-building-economie-generale");
        assertThat(graphQl.document("{ ecosystem(scope: {territory: \"commune:92050\"}) { findings { id } } }").execute()
                .path("ecosystem.findings[*].id").entityList(String.class).get()).contains("nanterre-covoiturage-2002")
                .hasSize(france.size() + 1);
        assertThat(graphQl.document("{ ecosystem(scope: {programme: \"impact\"}) { findings { id } } }").execute()
                .path("ecosystem.findings[*].id").entityList(String.class).get()).hasSize(5).allMatch(id -> id.startsWith("impact-"));
        List<String> aboutAssociations = graphQl.document("{ ecosystem(scope: {organisation: \"pro-bono-lab\"}) { findings { id } } }")
                .execute().path("ecosystem.findings[*].id").entityList(String.class).get();
        List<String> associations = file.stream().filter(r -> List.of(r.get("actor_kinds").split(";")).contains("ASSOCIATION"))
                .map(r -> r.get("id")).toList();
        assertThat(aboutAssociations).contains("phare-associatifs-alliances", "phare-associations-partenariat",
                "impact-associatifs-jouer-collectif").containsExactlyInAnyOrderElementsOf(associations);
        assertThat(graphQl.document("{ ecosystem(scope: {sdgGoal: \"17\"}) { findings { id } } }").execute()
                .path("ecosystem.findings[*].id").entityList(String.class).get()).containsExactlyInAnyOrderElementsOf(goal17);
        assertThat(graphQl.document("{ ecosystem(scope: {sdgTarget: \"4.1\"}) { findings { id } } }").execute()
                .path("ecosystem.findings[*].id").entityList(String.class).get()).isEmpty();
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void the_findings_export_as_a_spreadsheet_with_their_sources() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/export/findings.csv?population=MAYORS&excel=true")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        String body = answer.body();
        assertThat(body).startsWith("\uFEFFid;value;unit;population;population_fr;period;year;topic");
        List<CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new java.io.StringReader(body.substring(1))).getRecords();
        List<String> mayors = FindingsLoader.read(FindingsLoader.FINDINGS).stream().filter(r -> r.get("population").equals("MAYORS"))
                .map(r -> r.get("id")).toList();
        assertThat(rows).extracting(r -> r.get("id")).containsExactlyInAnyOrderElementsOf(mayors)
                .contains("phare-maires-alliances", "phare-maires-co-construction", "phare-maires-comment-faire", "impact-maires-jouer-collectif");
        CSVRecord comeFaire = rows.stream().filter(r -> r.get("id").equals("phare-maires-comment-faire")).findFirst().orElseThrow();
        assertThat(comeFaire.get("value")).isEqualTo("46.0");
        assertThat(comeFaire.get("sources")).contains("observatoire-2019-impact: « 46% d’entre eux ne savent pas encore", " | ");
    }

    /** {@code value} in units of 10^{@code power}, with a decimal comma: 1,5. */
    private static String decimal(String value, int power) {
        return new BigDecimal(value).movePointLeft(power).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * The ways the documents write a figure: 37%, 500, 900 000, 1,2 million(s), 100 M€, 18,5 millions
     * d’euro(s), 40 milliards (d’euros).
     */
    static List<String> written(String value, String unit) {
        BigDecimal v = new BigDecimal(value);
        return switch (unit) {
            case "PERCENT" -> List.of(value + "%");
            case "EUR" -> v.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0 ? List.of(decimal(value, 9) + " milliards")
                    : List.of(decimal(value, 6) + " M€", decimal(value, 6) + " millions d’euro");
            default -> v.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0 ? List.of(decimal(value, 6) + " million")
                    : List.of(value, String.format(java.util.Locale.ROOT, "%,d", v.longValue()).replace(',', ' '),
                            String.format(java.util.Locale.ROOT, "%,d", v.longValue()).replace(',', '.'));
        };
    }
}

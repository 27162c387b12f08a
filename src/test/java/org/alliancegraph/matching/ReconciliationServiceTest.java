package org.alliancegraph.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reconciliation service as OpenRefine uses it, over HTTP: every answer validated against the
 * W3C Entity Reconciliation Service API 0.2 JSON schemas (src/test/resources/reconciliation-0.2), the
 * requests shaped as the specification's examples and as OpenRefine sends them (form-encoded
 * {@code queries}, batches of queries with type, limit and properties).
 */
@AllianceGraphTest
class ReconciliationServiceTest {

    static final String SPEC = "https://reconciliation-api.github.io/specs/0.2/schemas/";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            b -> b.schemas(ReconciliationServiceTest::schemaText));

    @LocalServerPort
    int port;
    @Autowired
    Neo4jClient client;
    final HttpClient http = HttpClient.newHttpClient();

    static String schemaText(String iri) {
        if (!iri.startsWith(SPEC)) {
            return null;
        }
        return resource("reconciliation-0.2/schemas/" + iri.substring(SPEC.length()));
    }

    static String resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    static void valid(String schema, JsonNode json) {
        Schema s = SCHEMAS.getSchema(SchemaLocation.of(SPEC + schema + ".json"));
        assertThat(s.validate(json)).as(schema + " for " + json).isEmpty();
    }

    @BeforeEach
    void placed() {
        client.query("""
                MATCH (laval:Territory {id: 'commune:53130'})
                CREATE (:Organisation {id: 'rc-club', name: 'Club sportif des Ormeaux', searchName: 'Club sportif des Ormeaux',
                        kind: 'ASSOCIATION', siren: '223456789'})-[:LOCATED_IN]->(laval)""").run();
    }

    @AfterEach
    void clean() {
        client.query("MATCH (n:Organisation) WHERE n.id STARTS WITH 'rc-' DETACH DELETE n").run();
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String field, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void the_manifest_is_valid_and_open_to_every_origin() throws Exception {
        HttpResponse<String> manifest = get("/reconcile", "Origin", "http://openrefine.example");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        JsonNode m = JSON.readTree(manifest.body());
        valid("manifest", m);
        assertThat(m.path("versions").toString()).contains("0.2");
        assertThat(m.path("view").path("url").asString()).contains("{{id}}");
        assertThat(m.path("batchSize").asInt()).isEqualTo(ReconciliationQueries.BATCH_SIZE);
    }

    @Test
    void a_batch_as_openrefine_sends_it_is_answered_per_key_with_scored_candidates() throws Exception {
        String batch = """
                {"q0": {"query": "Fondation Abbé Pierre", "type": "Organisation", "type_strict": "should", "limit": 3},
                 "q1": {"query": "club sportif ormeaux", "type": "ASSOCIATION",
                        "properties": [{"pid": "commune", "v": "53130"}]},
                 "q2": {"properties": [{"pid": "siret", "v": ["22345678900017"]}]},
                 "q3": {"query": "Une organisation que personne ne connaît"}}""";
        valid("reconciliation-query-batch", JSON.readTree(batch));
        for (HttpResponse<String> answer : List.of(postForm("queries", batch), get("/reconcile?queries=" + enc(batch)))) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode r = JSON.readTree(answer.body());
            valid("reconciliation-result-batch", r);
            assertThat(r.propertyNames()).containsExactly("q0", "q1", "q2", "q3");
            JsonNode abbe = r.path("q0").path("result").get(0);
            assertThat(abbe.path("id").asString()).isEqualTo("fondation-abbe-pierre");
            assertThat(abbe.path("match").asBoolean()).isTrue();
            assertThat(abbe.path("type").get(0).path("id").asString()).isEqualTo("FONDATION");
            assertThat(r.path("q0").path("result").size()).isLessThanOrEqualTo(3);
            JsonNode club = r.path("q1").path("result").get(0);
            assertThat(club.path("id").asString()).isEqualTo("rc-club");
            assertThat(club.path("match").asBoolean()).isTrue();
            assertThat(club.path("description").asString()).contains("Laval");
            assertThat(club.path("features").toString()).contains("\"place\"");
            assertThat(r.path("q2").path("result").get(0).path("id").asString()).isEqualTo("rc-club");
            assertThat(r.path("q3").path("result")).allMatch(c -> !c.path("match").asBoolean());
        }
    }

    @Test
    void the_specification_examples_shapes_are_read_and_foreign_properties_refused_with_their_place() throws Exception {
        // The examples' shapes (no query string, several values, entity values) with this service's properties.
        for (String example : List.of("reconciliation-query-batch-example-min", "reconciliation-query-batch-multi-values",
                "reconciliation-query-batch-no-query-string")) {
            JsonNode shape = JSON.readTree(resource("reconciliation-0.2/examples/" + example + ".json"));
            valid("reconciliation-query-batch", shape);
        }
        String ours = """
                {"q1": {"query": "Wimoov", "properties": [{"pid": "departement", "v": ["75", {"id": "departement:75", "name": "Paris"}]}]},
                 "q2": {"properties": [{"pid": "rna", "v": "W000000000"}]}}""";
        valid("reconciliation-query-batch", JSON.readTree(ours));
        HttpResponse<String> answered = postForm("queries", ours);
        assertThat(answered.statusCode()).isEqualTo(200);
        valid("reconciliation-result-batch", JSON.readTree(answered.body()));
        assertThat(JSON.readTree(answered.body()).path("q2").path("result").size()).isZero();

        HttpResponse<String> foreign = postForm("queries", resource("reconciliation-0.2/examples/reconciliation-query-batch-example-full.json"));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).contains("queries.q0.type").contains("DifferentiatedPerson").contains("ASSOCIATION");
        HttpResponse<String> badPid = postForm("queries", "{\"q0\": {\"query\": \"x\", \"properties\": [{\"pid\": \"uid\", \"v\": \"1\"}]}}");
        assertThat(badPid.statusCode()).isEqualTo(400);
        assertThat(badPid.body()).contains("queries.q0.properties[0].pid").contains("siren");
        assertThat(postForm("queries", "{not json").body()).contains("queries is not JSON");
        StringBuilder big = new StringBuilder("{");
        for (int i = 0; i <= ReconciliationQueries.BATCH_SIZE; i++) {
            big.append(i == 0 ? "" : ",").append("\"q").append(i).append("\": {\"query\": \"a\"}");
        }
        HttpResponse<String> tooMany = postForm("queries", big.append("}").toString());
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(tooMany.body()).contains("at most " + ReconciliationQueries.BATCH_SIZE);
    }

    @Test
    void data_extension_gives_identifiers_place_and_alliances() throws Exception {
        HttpResponse<String> proposed = get("/reconcile/properties?type=Organisation&limit=4");
        JsonNode p = JSON.readTree(proposed.body());
        valid("data-extension-property-proposal", p);
        assertThat(p.path("properties").size()).isEqualTo(4);

        String extend = """
                {"ids": ["rc-club", "wimoov", "nobody"], "properties": [{"id": "siren"}, {"id": "departement"},
                 {"id": "alliances"}, {"id": "allianceCount"}, {"id": "kind"}]}""";
        valid("data-extension-query", JSON.readTree(extend));
        HttpResponse<String> extended = postForm("extend", extend);
        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
        JsonNode e = JSON.readTree(extended.body());
        valid("data-extension-response", e);
        assertThat(e.path("rows").path("rc-club").path("siren").get(0).path("str").asString()).isEqualTo("223456789");
        assertThat(e.path("rows").path("rc-club").path("departement").get(0).path("str").asString()).isEqualTo("Mayenne");
        assertThat(e.path("rows").path("rc-club").path("kind").get(0).path("str").asString()).isEqualTo("Association");
        long wimoovAlliances = client.query("MATCH (:Organisation {id: 'wimoov'})-[:PARTNER_IN]->(a:Alliance) RETURN count(DISTINCT a)")
                .fetchAs(Long.class).one().orElseThrow();
        assertThat(e.path("rows").path("wimoov").path("alliances").size()).isEqualTo((int) wimoovAlliances);
        assertThat(e.path("rows").path("wimoov").path("allianceCount").get(0).path("int").asLong()).isEqualTo(wimoovAlliances);
        assertThat(e.path("rows").path("nobody").path("siren").size()).isZero();
        assertThat(postForm("extend", "{\"ids\": [\"wimoov\"], \"properties\": [{\"id\": \"shoeSize\"}]}").body())
                .contains("'shoeSize' is not a property");
    }

    @Test
    void suggest_and_preview_serve_openrefines_widgets() throws Exception {
        JsonNode entities = JSON.readTree(get("/reconcile/suggest/entity?prefix=" + enc("fondation abb")).body());
        valid("suggest-entities-response", entities);
        assertThat(entities.path("result").toString()).contains("fondation-abbe-pierre");
        JsonNode byId = JSON.readTree(get("/reconcile/suggest/entity?prefix=wimoov").body());
        assertThat(byId.path("result").get(0).path("id").asString()).isEqualTo("wimoov");
        JsonNode types = JSON.readTree(get("/reconcile/suggest/type?prefix=fond").body());
        valid("suggest-types-response", types);
        assertThat(types.path("result").toString()).contains("FONDATION");
        JsonNode properties = JSON.readTree(get("/reconcile/suggest/property?prefix=si").body());
        valid("suggest-properties-response", properties);
        assertThat(properties.path("result").toString()).contains("siren").contains("siret");

        client.query("CREATE (:Organisation {id: 'rc-x', name: '<script>alert(1)</script> & Cie', kind: 'ENTREPRISE'})").run();
        HttpResponse<String> preview = get("/reconcile/preview?id=rc-x");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(preview.body()).contains("&lt;script&gt;").doesNotContain("<script>").contains("Entreprise");
        assertThat(get("/reconcile/preview?id=nobody").statusCode()).isEqualTo(404);
    }
}

package org.alliancegraph.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.generator.RnaFileGenerator;
import org.alliancegraph.generator.SireneFileGenerator;
import org.alliancegraph.support.SessionClient;
import org.alliancegraph.support.SessionClient.FilePart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

/**
 * Registry imports sent to the running service: an administrator's RNA delivery and SIRENE stock
 * become jobs whose progress and report can be followed, their organisations are in the graph
 * afterwards with the job in their history, the received files are removed, and other credentials or
 * incomplete uploads are refused with a reason.
 */
@AllianceGraphTest
class RegistryJobsTest {

    static final Map<String, String> ADMIN = Map.of("X-API-Key", "test-admin-key");

    @LocalServerPort
    int port;
    @Autowired
    Neo4jClient client;
    @TempDir
    Path dir;

    @AfterEach
    void clean() {
        client.query("MATCH (o:Organisation) WHERE o.id STARTS WITH 'rna-' OR o.id STARTS WITH 'sirene-' DETACH DELETE o").run();
        client.query("MATCH (s:Source) WHERE s.id STARTS WITH 'rna-' OR s.id STARTS WITH 'sirene-' DETACH DELETE s").run();
        client.query("MATCH (c:Change {subjectKind: 'Import'}) WHERE c.operation STARTS WITH 'registry' DELETE c").run();
    }

    JsonNode finished(HttpResponse<String> accepted) throws Exception {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        URI location = URI.create("http://localhost:" + port + accepted.headers().firstValue("Location").orElseThrow());
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            JsonNode job = SessionClient.JSON.readTree(http.send(HttpRequest.newBuilder(location).header("X-API-Key", "test-admin-key")
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            if (job.path("state").asString().equals("DONE") || job.path("state").asString().equals("FAILED")) {
                return job;
            }
            assertThat(System.nanoTime()).as("job still %s", job.path("state").asString()).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    long count(String cypher) {
        return client.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void an_rna_delivery_and_a_sirene_stock_sent_to_the_service_are_applied_as_jobs() throws Exception {
        SessionClient service = new SessionClient(port);
        RnaFileGenerator.Written rna = new RnaFileGenerator(5).write(dir.resolve("rna"), 500, LocalDate.of(2026, 11, 1));
        JsonNode job = finished(service.multipart("/admin/registry/rna", List.of(new FilePart("files", rna.file().getFileName().toString(),
                Files.readAllBytes(rna.file()))), Map.of(), ADMIN));
        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.path("report").asString()).contains("500 rows read");
        assertThat(count("MATCH (o:Organisation) WHERE o.id STARTS WITH 'rna-' RETURN count(o)")).isEqualTo(500);
        assertThat(client.query("""
                MATCH (o:Organisation {id: $id})-[:SOURCED_FROM]->(s:Source)
                MATCH (c:Change {subjectKind: 'Import'}) WHERE s.id IN c.sources
                RETURN c.by + ' ' + c.operation""").bind("rna-" + RnaFileGenerator.rnaNumber(1).toLowerCase(java.util.Locale.ROOT))
                .to("id").fetchAs(String.class).all()).singleElement().asString().startsWith("api-key ADMIN").endsWith("registry rna");
        assertThat(Files.list(Path.of(System.getProperty("java.io.tmpdir"))).filter(p -> p.getFileName().toString().startsWith("registry-job-"))
                .toList()).as("the received files are removed").isEmpty();

        SireneFileGenerator.Written sirene = new SireneFileGenerator(5).write(dir.resolve("sirene"), 400, 200, LocalDate.of(2026, 12, 1));
        List<FilePart> stock = List.of(new FilePart("units", "StockUniteLegale_utf8.zip", Files.readAllBytes(sirene.units())),
                new FilePart("establishments", "StockEtablissement_utf8.zip", Files.readAllBytes(sirene.establishments())));
        JsonNode second = finished(service.multipart("/admin/registry/sirene?select=ess&date=2026-12-01", stock, Map.of(), ADMIN));
        assertThat(second.path("state").asString()).as(second.toString()).isEqualTo("DONE");
        assertThat(second.path("report").asString()).contains("400 legal units read", "(ess)");
        assertThat(count("MATCH (o:Organisation) WHERE o.sireneHash IS NOT NULL RETURN count(o)")).isEqualTo(sirene.essUnits());
    }

    @Test
    void other_credentials_and_incomplete_uploads_are_refused_with_a_reason() throws Exception {
        SessionClient service = new SessionClient(port);
        List<FilePart> one = List.of(new FilePart("units", "StockUniteLegale_utf8.zip", new byte[] {1, 2, 3}));
        assertThat(service.multipart("/admin/registry/sirene", one, Map.of(), Map.of("X-API-Key", "test-editor-key")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> incomplete = service.multipart("/admin/registry/sirene", one, Map.of(), ADMIN);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("establishments");
        HttpResponse<String> badSelection = service.multipart("/admin/registry/sirene?select=everything", one, Map.of(), ADMIN);
        assertThat(badSelection.statusCode()).isEqualTo(400);
        assertThat(badSelection.body()).contains("'everything' is not one of ess, associations, foundations, public, all");
        assertThat(service.multipart("/admin/registry/bodacc", one, Map.of(), ADMIN).statusCode()).isEqualTo(404);
    }
}

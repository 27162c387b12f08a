package org.alliancegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.alliancegraph.AllianceGraphApplication;
import org.alliancegraph.AllianceGraphTest;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports sent to the running service: the editor key is required before the body is read, the job
 * runs the same validation, modes and idempotence as the offline import, its progress and report
 * can be followed, and the launcher's {@code import --to} drives it end to end.
 */
@AllianceGraphTest
class ImportThroughServiceTest {

    static final String KEY = "test-admin-key";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SOURCES = "id,title,publisher,date,url\nrem-src,Rapport distant,Test,2024-05,https://example.org/r\n";
    static final String ORGANISATIONS = """
            id,name,kind,territory,source,quote
            rem-asso,Association distante,ASSOCIATION,departement:48,rem-src,une association
            rem-ent,Entreprise distante,ENTREPRISE,departement:48,rem-src,une entreprise
            """;
    static final String ALLIANCES = """
            id,name,mode,territories,sdg_targets,sdg_basis,source,quote
            rem-all,Alliance distante,MECENAT,departement:48,17.17,PURPOSE,rem-src,texte
            """;
    static final String MEMBERSHIPS = """
            alliance,organisation,role,source
            rem-all,rem-asso,PORTEUR,rem-src
            rem-all,rem-ent,FINANCEUR,rem-src
            """;

    @LocalServerPort
    int port;
    @Autowired
    Neo4jClient client;
    @TempDir
    Path folder;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void removeImported() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'rem-' DETACH DELETE n").run();
        client.query("MATCH (c:Change {subjectKind: 'Import'}) WHERE 'rem-src' IN c.sources DELETE c").run();
    }

    long imported() {
        return client.query("MATCH (n) WHERE n.id STARTS WITH 'rem-' RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
    }

    URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Map<String, String> folderFiles(String organisations) {
        return Map.of("sources.csv", SOURCES, "organisations.csv", organisations, "alliances.csv", ALLIANCES,
                "memberships.csv", MEMBERSHIPS);
    }

    HttpResponse<String> post(String query, String key, String type, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(ImportController.PATH + query)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode finished(HttpResponse<String> accepted) throws Exception {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        URI location = url(accepted.headers().firstValue("Location").orElseThrow());
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            JsonNode job = JSON.readTree(http.send(HttpRequest.newBuilder(location).header("X-API-Key", KEY).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String state = job.path("state").asString();
            if (state.equals("DONE") || state.equals("FAILED")) {
                return job;
            }
            assertThat(System.nanoTime()).as("job still %s", state).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    static String firstError(HttpResponse<String> answer) {
        JsonNode error = JSON.readTree(answer.body()).path("errors").path(0);
        return error.path("extensions").path("classification").asString() + ": " + error.path("message").asString();
    }

    @Test
    void the_backup_zip_is_for_admins_holds_every_file_and_imports_back_as_it_is() throws Exception {
        HttpRequest.Builder backup = HttpRequest.newBuilder(url("/admin/backup")).timeout(Duration.ofSeconds(60));
        assertThat(http.send(backup.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        HttpResponse<String> editor = http.send(backup.copy().header("X-API-Key", "test-editor-key").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(firstError(editor)).startsWith("FORBIDDEN: this needs the ADMIN role");

        HttpResponse<byte[]> answer = http.send(backup.copy().header("X-API-Key", KEY).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow()).contains("alliance-graph-backup-");
        Map<String, String> files = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(answer.body()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files.keySet()).containsExactly("sources.csv", "programmes.csv", "organisations.csv", "alliances.csv",
                "phases.csv", "memberships.csv", "citations.csv", "sdg_contributions.csv");
        long organisations = client.query("MATCH (o:Organisation) RETURN count(o)").fetchAs(Long.class).one().orElseThrow();
        var rows = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new StringReader(files.get("organisations.csv"))).getRecords();
        assertThat(rows).hasSize((int) organisations)
                .anyMatch(row -> row.get("id").equals("le-rameau") && row.get("kind").equals("ASSOCIATION"));

        // Sent back as it is, the backup is accepted whole and changes nothing.
        JsonNode job = finished(post("", KEY, "application/zip", answer.body()));
        assertThat(job.path("report").path("problems").asLong()).as(job.toString()).isZero();
        assertThat(job.path("report").path("nodesCreated").asLong()).isZero();
        assertThat(job.path("report").path("relationshipsCreated").asLong()).isZero();
        assertThat(job.path("report").path("relationshipsDeleted").asLong()).isZero();
    }

    @Test
    void without_an_editor_key_nothing_is_read_or_written() throws Exception {
        byte[] body = zip(folderFiles(ORGANISATIONS));
        HttpResponse<String> none = post("", null, "application/zip", body);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(firstError(none)).startsWith("UNAUTHORIZED: this needs a credential").contains("X-API-Key");
        HttpResponse<String> wrong = post("", "not-a-key", "application/zip", body);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(firstError(wrong)).contains("does not hold a valid API key");
        // An editor may write through GraphQL, not import.
        HttpResponse<String> editor = post("", "test-editor-key", "application/zip", body);
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(firstError(editor)).isEqualTo("FORBIDDEN: this needs the ADMIN role, and your credential gives EDITOR");
        assertThat(http.send(HttpRequest.newBuilder(url(ImportController.PATH)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
        assertThat(imported()).isZero();
    }

    @Test
    void a_zipped_folder_is_imported_as_a_job_and_a_second_run_creates_nothing() throws Exception {
        // The files in a folder of the zip, beside what zip tools add, as a user's archive would be.
        byte[] body = zip(Map.of("mine/sources.csv", SOURCES, "mine/organisations.csv", ORGANISATIONS,
                "mine/alliances.csv", ALLIANCES, "mine/memberships.csv", MEMBERSHIPS, "mine/README.txt", "notes",
                "__MACOSX/mine/._organisations.csv", "\u0000"));
        HttpResponse<String> accepted = post("", KEY, "application/zip", body);
        JsonNode first = JSON.readTree(accepted.body());
        assertThat(first.path("files").toString()).isEqualTo(
                "[\"alliances.csv\",\"memberships.csv\",\"organisations.csv\",\"sources.csv\"]");
        assertThat(first.path("rowsToCheck").asLong()).isEqualTo(6);
        JsonNode job = finished(accepted);
        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.path("rowsChecked").asLong()).isEqualTo(6);
        assertThat(job.path("rowsToWrite").asLong()).isEqualTo(6);
        assertThat(job.path("rowsWritten").asLong()).isEqualTo(6);
        assertThat(job.path("report").path("nodesCreated").asLong()).isEqualTo(4);
        assertThat(job.path("report").path("problems").asLong()).isZero();
        assertThat(imported()).isEqualTo(4);
        assertThat(client.query("MATCH (:Organisation)-[r:PARTNER_IN]->(:Alliance {id: 'rem-all'}) RETURN count(r)")
                .fetchAs(Long.class).one()).contains(2L);

        JsonNode second = finished(post("", KEY, "application/zip", body));
        assertThat(second.path("report").path("nodesCreated").asLong()).isZero();
        assertThat(second.path("report").path("relationshipsCreated").asLong()).isZero();
        assertThat(imported()).isEqualTo(4);
        // Each run is in the history of what cites the source the files define, with who sent it.
        JsonNode history = JSON.readTree(http.send(HttpRequest.newBuilder(url("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ organisation(id: \\\"rem-asso\\\") { history { by operation fields } } }\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).path("data").path("organisation").path("history");
        assertThat(history).as(history.toString()).hasSize(2).allSatisfy(change -> {
            assertThat(change.path("by").asString()).startsWith("api-key ADMIN");
            assertThat(change.path("operation").asString()).isEqualTo("import (ALL_OR_NOTHING)");
            assertThat(change.path("fields").toString()).contains("organisations.csv: 2 rows");
        });
    }

    @Test
    void bad_rows_come_back_with_file_and_line_and_the_modes_hold() throws Exception {
        String organisations = ORGANISATIONS + "rem-bad,Genre inconnu,CLUB,,rem-src,x\n";
        JsonNode strict = finished(post("", KEY, "application/zip", zip(folderFiles(organisations))));
        assertThat(strict.path("report").path("written").asBoolean()).isFalse();
        assertThat(strict.path("report").path("rejected").path(0).path("at").asString()).isEqualTo("organisations.csv:4");
        assertThat(strict.path("report").path("rejected").path(0).path("reason").asString()).contains("'CLUB' is not a known kind");
        assertThat(strict.path("report").path("summary").asString()).contains("nothing written");
        assertThat(imported()).isZero();

        JsonNode kept = finished(post("?mode=keep-good", KEY, "application/zip", zip(folderFiles(organisations))));
        assertThat(kept.path("mode").asString()).isEqualTo("KEEP_GOOD");
        assertThat(kept.path("report").path("rowsRejected").asLong()).isEqualTo(1);
        assertThat(imported()).isEqualTo(4);
    }

    @Test
    void the_files_can_be_sent_one_by_one_as_multipart() throws Exception {
        String boundary = "b" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        folderFiles(ORGANISATIONS).forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"files\"; filename=\"").append(name).append("\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append(content).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        JsonNode job = finished(post("", KEY, "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(job.path("report").path("nodesCreated").asLong()).as(job.toString()).isEqualTo(4);
    }

    @Test
    void uploads_that_are_no_import_folder_get_a_reason() throws Exception {
        HttpResponse<String> misspelt = post("", KEY, "application/zip", zip(Map.of("organisation.csv", ORGANISATIONS)));
        assertThat(misspelt.statusCode()).isEqualTo(400);
        assertThat(firstError(misspelt)).contains("'organisation.csv' is not a file of the import format").contains("organisations.csv");
        HttpResponse<String> notZip = post("", KEY, "application/zip", "id,name\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notZip.statusCode()).isEqualTo(400);
        assertThat(firstError(notZip)).contains("not a zip archive");
        HttpResponse<String> json = post("", KEY, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(firstError(json)).contains("application/zip").contains("multipart/form-data");
        HttpResponse<String> badMode = post("?mode=some", KEY, "application/zip", zip(folderFiles(ORGANISATIONS)));
        assertThat(badMode.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badMode.body()).path("errors").path(0).path("extensions").path("argument").asString())
                .isEqualTo("mode");
        HttpResponse<String> unknownJob = http.send(HttpRequest.newBuilder(url(ImportController.PATH + "/nope"))
                .header("X-API-Key", KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknownJob.statusCode()).isEqualTo(404);
        assertThat(imported()).isZero();
    }

    @Test
    void the_command_line_sends_a_folder_and_prints_the_progress_and_the_report() throws Exception {
        for (var file : folderFiles(ORGANISATIONS).entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long started = System.nanoTime();
        int exit = new RemoteImport(URI.create("http://localhost:" + port + "/"), KEY, new PrintStream(out, true),
                new PrintStream(err, true)).run(folder, ImportMode.ALL_OR_NOTHING, 2_000, 2);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("through http://localhost:" + port).contains("organisations.csv")
                .contains("2 rows read,       2 accepted");
        assertThat(err.toString()).startsWith("Sent 4 file(s)");
        assertThat(imported()).isEqualTo(4);
        // A handful of rows: the service is up, so no Spring or Neo4j start (two minutes offline).
        assertThat(seconds).isLessThan(10);

        // Refusals end the command with its own exit code and the service's reason, in one line.
        ByteArrayOutputStream refusedErr = new ByteArrayOutputStream();
        int refused = new RemoteImport(URI.create("http://localhost:" + port + "/"), "wrong", System.out,
                new PrintStream(refusedErr, true)).run(folder, ImportMode.ALL_OR_NOTHING, 2_000, 2);
        assertThat(refused).isEqualTo(RemoteImport.SERVICE_ERROR);
        assertThat(refusedErr.toString()).contains("answered 401").contains("valid API key").contains("(UNAUTHORIZED)");
        assertThat(ImportCommand.run(AllianceGraphApplication.class, new String[] {folder.toString(), "--to", "ftp://x"}))
                .isEqualTo(2);
    }

    @Test
    void an_unreachable_service_is_said_in_one_line() throws Exception {
        for (var file : folderFiles(ORGANISATIONS).entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // Port 9 (discard) is not served on loopback here; a closed port refuses at once.
        int exit = new RemoteImport(URI.create("http://127.0.0.1:9/"), KEY, System.out, new PrintStream(err, true))
                .run(folder, ImportMode.ALL_OR_NOTHING, 2_000, 2);
        assertThat(exit).isEqualTo(RemoteImport.SERVICE_ERROR);
        assertThat(err.toString()).contains("cannot reach http://127.0.0.1:9/").contains("./alliance-graph serve");
        assertThat(err.toString().strip()).doesNotContain("\n");
    }
}

package org.alliancegraph.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.support.SessionClient;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

/**
 * A programme's editor puts partners in from spreadsheets as people have them: a French Excel CSV
 * (Windows-1252, {@code ;}, French headers and labels, JJ/MM/AAAA) and an .xlsx workbook, each with
 * a bad row refused in the person's terms and nothing written; fixed, previewed (new, changed, the
 * organisation already in the graph), written all at once, recorded, and a second upload changes nothing.
 */
@AllianceGraphTest
class WorkspaceUploadTest {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final String PASSWORD = "an editor's long password";

    @LocalServerPort
    int port;
    @Autowired
    Neo4jClient client;

    SessionClient editor;
    String email;

    @BeforeEach
    void editor() throws Exception {
        SessionClient admin = new SessionClient(port);
        assertThat(admin.signIn("first-admin@alliance-graph.test", "first admin's password").statusCode()).isEqualTo(200);
        email = "ws-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(admin.graphQl("mutation { createAccount(input: {email: \"" + email + "\", role: EDITOR, password: \""
                + PASSWORD + "\", programmes: [\"phare\"]}) { email } }").has("errors")).isFalse();
        editor = new SessionClient(port);
        assertThat(editor.signIn(email, PASSWORD).statusCode()).isEqualTo(200);
    }

    @AfterEach
    void clean() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'atelier-mayenne' OR n.id STARTS WITH 'ressourcerie-du-bocage' "
                + "OR n.id STARTS WITH 'compte-rendu-atelier' OR n.id STARTS WITH 'club-laval' DETACH DELETE n").run();
        client.query("MATCH (c:Change) WHERE c.by = $email DELETE c").bind(email).to("email").run();
        client.query("MATCH (a:Account {email: $email}) DELETE a").bind(email).to("email").run();
        // Wimoov's membership added by the upload goes with the alliance; Wimoov itself is the demo's.
    }

    static String csv(String... rows) {
        return String.join("\r\n", rows) + "\r\n";
    }

    JsonNode upload(Map<String, byte[]> files) throws Exception {
        HttpResponse<String> answer = editor.upload("/workspace/uploads", files,
                Map.of("sourceTitle", "Compte rendu atelier Mayenne", "sourceDate", "2025-11-05"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return SessionClient.JSON.readTree(answer.body());
    }

    static List<String> where(JsonNode view) {
        return view.path("plan").path("rejected").valueStream().map(p -> p.path("where").asString() + " " + p.path("reason").asString())
                .toList();
    }

    long count(String cypher) {
        return client.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void a_french_excel_csv_is_read_refused_row_by_row_then_previewed_and_written_once() throws Exception {
        String header = "Organisation;Type;Commune;SIREN;Alliance;Mode;Rôle;Depuis;Jusqu'au";
        byte[] bad = csv(header,
                "Ressourcerie du Bocage;Association;Laval (53);;Atelier Mayenne;Mécénat;Porteur;05/11/2018;",
                "Wimoov;Entreprise sociale;;;Atelier Mayenne;Philanthropie;Partenaire;30/02/2023;").getBytes(WINDOWS_1252);
        JsonNode refused = upload(Map.of("partenaires.csv", bad));
        assertThat(refused.path("plan").path("notes").toString()).contains("Windows-1252", "séparateur ;");
        assertThat(where(refused)).anySatisfy(p -> assertThat(p).startsWith("partenaires.csv:3 [Depuis]").contains("February 2023 has 28 days"));
        assertThat(where(refused)).anySatisfy(p -> assertThat(p).startsWith("partenaires.csv:3").contains("PHILANTHROPIE", "MECENAT"));
        assertThat(refused.path("writable").asBoolean()).isFalse();
        HttpResponse<String> notApplied = editor.send("POST", "/workspace/uploads/" + refused.path("id").asString() + "/apply", Map.of(), true);
        assertThat(notApplied.statusCode()).isEqualTo(400);
        assertThat(count("MATCH (o:Organisation {id: 'ressourcerie-du-bocage'}) RETURN count(o)")).isZero();

        byte[] fixed = csv(header,
                "Ressourcerie du Bocage;Association;Laval (53);;Atelier Mayenne;Mécénat;Porteur;05/11/2018;",
                "Wimoov;Entreprise sociale;;;Atelier Mayenne;Mécénat;Partenaire;28/02/2023;").getBytes(WINDOWS_1252);
        JsonNode preview = upload(Map.of("partenaires.csv", fixed));
        assertThat(where(preview)).isEmpty();
        assertThat(preview.path("writable").asBoolean()).isTrue();
        JsonNode candidates = preview.path("plan").path("candidates");
        assertThat(candidates.toString()).as("Wimoov is in the graph already").contains("\"choice\":\"wimoov\"");
        List<String> items = preview.path("plan").path("items").valueStream()
                .map(i -> i.path("kind").asString() + ":" + i.path("id").asString() + ":" + i.path("status").asString()).toList();
        assertThat(items).contains("organisation:ressourcerie-du-bocage:NEW", "alliance:atelier-mayenne:NEW",
                "organisation:wimoov:UNCHANGED", "membership:atelier-mayenne|wimoov:NEW");

        HttpResponse<String> applied = editor.send("POST", "/workspace/uploads/" + preview.path("id").asString() + "/apply",
                Map.of("choices", Map.of()), true);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        JsonNode alliance = editor.graphQl("{ alliance(id: \"atelier-mayenne\") { mode programmes { id } partners { role since "
                + "organisation { id territory { id } } provenance { source { title } } } history { by operation } } }")
                .path("data").path("alliance");
        assertThat(alliance.path("mode").asString()).isEqualTo("MECENAT");
        assertThat(alliance.path("programmes").toString()).as("new alliances join the editor's programme").contains("phare");
        assertThat(alliance.path("partners").toString()).contains("ressourcerie-du-bocage", "commune:53130", "2018-11-05",
                "wimoov", "2023-02-28", "Compte rendu atelier Mayenne");
        assertThat(alliance.path("history").path(0).path("by").asString()).isEqualTo(email);
        assertThat(alliance.path("history").path(0).path("operation").asString()).contains("upload partenaires.csv");

        JsonNode again = upload(Map.of("partenaires.csv", fixed));
        assertThat(again.path("plan").path("items").valueStream().filter(i -> !i.path("kind").asString().equals("source"))
                .map(i -> i.path("status").asString()).distinct().toList()).containsExactly("UNCHANGED");
    }

    @Test
    void an_xlsx_workbook_with_a_bad_row_is_refused_there_and_a_programme_outside_the_limits_too() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("partenaires");
            String[][] rows = {
                    {"organisation", "type", "commune", "alliance", "mode", "programme", "rôle"},
                    {"Club Laval Entreprises", "Entreprise", "53130", "Atelier Mayenne bis", "Mécénat", "", "Financeur"},
                    {"Ressourcerie du Bocage", "Association", "Laval (53)", "Atelier Mayenne bis", "Mécénat", "", "Chef"},
                    {"Club Laval Entreprises", "Entreprise", "53130", "Atelier Mayenne ter", "Mécénat", "impact", "Financeur"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        JsonNode refused = upload(Map.of("classeur.xlsx", workbook));
        assertThat(where(refused)).anySatisfy(p -> assertThat(p).startsWith("classeur.xlsx/partenaires:3 [rôle]").contains("CHEF"));
        assertThat(where(refused)).anySatisfy(p -> assertThat(p).startsWith("classeur.xlsx/partenaires:4").contains("outside your limits"));
        assertThat(count("MATCH (o:Organisation) WHERE o.id STARTS WITH 'club-laval' RETURN count(o)")).isZero();
    }

    @Test
    void the_same_name_in_another_commune_is_offered_but_new_by_default() throws Exception {
        String header = "Organisation;Type;Commune;Alliance;Mode;Rôle";
        JsonNode elsewhere = upload(Map.of("partenaires.csv", csv(header,
                "Région Normandie;Collectivité territoriale;Laval (53);Atelier Mayenne;Mécénat;Financeur").getBytes(WINDOWS_1252)));
        JsonNode candidate = elsewhere.path("plan").path("candidates").path(0);
        assertThat(candidate.path("matches").toString()).contains("region-normandie");
        assertThat(candidate.path("choice").asString()).isEqualTo("new");
        JsonNode here = upload(Map.of("partenaires.csv", csv(header,
                "Région Normandie;Collectivité territoriale;Normandie;Atelier Mayenne;Mécénat;Financeur").getBytes(WINDOWS_1252)));
        assertThat(here.path("plan").path("candidates").path(0).path("choice").asString()).isEqualTo("region-normandie");
    }

    @Test
    void the_template_comes_as_xlsx_with_the_vocabulary_and_as_csv_for_french_excel() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/workspace/template.xlsx"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheet("partenaires").getRow(0).getCell(0).getStringCellValue()).isEqualTo("organisation");
            StringBuilder codes = new StringBuilder();
            book.getSheet("vocabulaire").forEach(r -> codes.append(r.getCell(1).getStringCellValue()).append(' ')
                    .append(r.getCell(2).getStringCellValue()).append('\n'));
            assertThat(codes.toString()).contains("MECENAT Mécénat", "PORTEUR Porteur", "ENTREPRISE_SOCIALE");
        }
        HttpResponse<byte[]> csv = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/workspace/template.csv"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFForganisation;type;commune");
        // The template, filled in as given, is an upload the page reads without a refusal of its columns.
        JsonNode example = upload(Map.of("alliance-graph-partenaires.csv", csv.body()));
        assertThat(example.path("plan").path("notes").toString()).doesNotContain("ignorée");
    }

    @Test
    void without_an_editor_s_credential_the_upload_is_refused() throws Exception {
        HttpResponse<String> anonymous = new SessionClient(port).upload("/workspace/uploads",
                Map.of("a.csv", "x;y\n".getBytes()), Map.of());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}

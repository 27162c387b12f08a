package org.alliancegraph.editing;

import static org.alliancegraph.support.SessionClient.classification;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.support.SessionClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

/**
 * An editor's account limited to a programme (or a territory) is refused on every write path outside
 * it (each mutation, the import upload) with nothing written, and let through inside it; every write
 * is recorded with who made it.
 */
@AllianceGraphTest
class EditorLimitsTest {

    static final String SOURCE = "provenance: {source: \"lerameau-2018-phare\"}";
    static final String PASSWORD = "an editor's long password";

    @LocalServerPort
    int port;
    @Autowired
    Neo4jClient client;

    SessionClient admin;

    @BeforeEach
    void graph() throws Exception {
        admin = new SessionClient(port);
        assertThat(admin.signIn("first-admin@alliance-graph.test", "first admin's password").statusCode()).isEqualTo(200);
        for (String mutation : new String[] {
                "upsertAlliance(input: {id: \"lim-own\", name: \"Own\", mode: MECENAT, programmes: [\"phare\"], " + SOURCE + "}) { id }",
                "upsertAlliance(input: {id: \"lim-other\", name: \"Other\", mode: MECENAT, programmes: [\"impact\"], " + SOURCE + "}) { id }",
                "upsertAlliance(input: {id: \"lim-place\", name: \"Placed\", mode: MECENAT, territories: [\"commune:53130\"], " + SOURCE + "}) { id }",
                "upsertOrganisation(input: {id: \"lim-org-other\", name: \"Other org\", kind: ASSOCIATION, " + SOURCE + "}) { id }",
                "setMembership(input: {alliance: \"lim-other\", organisation: \"lim-org-other\", role: PORTEUR, " + SOURCE + "}) { role }",
                "upsertOrganisation(input: {id: \"lim-org-other-2\", name: \"Other org too\", kind: ASSOCIATION, " + SOURCE + "}) { id }",
                "setMembership(input: {alliance: \"lim-other\", organisation: \"lim-org-other-2\", role: PARTENAIRE, " + SOURCE + "}) { role }"}) {
            JsonNode answer = admin.graphQl("mutation { " + mutation + " }");
            assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        }
    }

    @AfterEach
    void clean() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'lim-' DETACH DELETE n").run();
        client.query("MATCH (c:Change) WHERE c.subject STARTS WITH 'lim-' DELETE c").run();
        client.query("MATCH (a:Account) WHERE a.email STARTS WITH 'lim-' DELETE a").run();
    }

    SessionClient editor(String limits) throws Exception {
        String email = "lim-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        JsonNode made = admin.graphQl("mutation { createAccount(input: {email: \"" + email + "\", role: EDITOR, password: \""
                + PASSWORD + "\", " + limits + "}) { email } }");
        assertThat(made.has("errors")).as(made.toString()).isFalse();
        SessionClient editor = new SessionClient(port);
        assertThat(editor.signIn(email, PASSWORD).statusCode()).isEqualTo(200);
        return editor;
    }

    long version(String alliance) {
        return client.query("MATCH (a:Alliance {id: $id}) RETURN coalesce(a.version, 0)").bind(alliance).to("id")
                .fetchAs(Long.class).one().orElse(-1L);
    }

    @Test
    void an_editor_limited_to_a_programme_is_refused_on_every_write_path_outside_it() throws Exception {
        SessionClient editor = editor("programmes: [\"phare\"]");
        long otherBefore = version("lim-other");
        Map<String, String> outside = new LinkedHashMap<>();
        outside.put("upsertAlliance", "upsertAlliance(input: {id: \"lim-other\", name: \"Taken\", mode: MECENAT, "
                + "programmes: [\"phare\"], " + SOURCE + "}) { id }");
        outside.put("upsertAlliance (new, elsewhere)", "upsertAlliance(input: {id: \"lim-new\", name: \"New\", mode: MECENAT, "
                + "programmes: [\"impact\"], " + SOURCE + "}) { id }");
        outside.put("linkAlliance", "linkAlliance(input: {alliance: \"lim-other\", fragilityDomains: [\"EDUCATION\"]}) { id }");
        outside.put("unlinkAlliance", "unlinkAlliance(input: {alliance: \"lim-other\", programmes: [\"impact\"]}) { id }");
        outside.put("unlinkAlliance (own out of the limits)", "unlinkAlliance(input: {alliance: \"lim-own\", programmes: [\"phare\"]}) { id }");
        outside.put("setAlliancePhase", "setAlliancePhase(input: {alliance: \"lim-other\", phase: CONCEPTION, since: \"2024-01-01\"}) { id }");
        outside.put("setMembership", "setMembership(input: {alliance: \"lim-other\", organisation: \"lim-org-other\", role: PARTENAIRE, "
                + SOURCE + "}) { role }");
        outside.put("upsertOrganisation", "upsertOrganisation(input: {id: \"lim-org-other\", name: \"Renamed\", kind: ASSOCIATION, "
                + SOURCE + "}) { id }");
        outside.put("setAllianceFields", "setAllianceFields(input: {alliance: \"lim-other\", name: \"Renamed\", mode: MECENAT, "
                + SOURCE + "}) { id }");
        outside.put("mergeOrganisations", "mergeOrganisations(keep: \"lim-org-other\", merge: \"lim-org-other-2\") { id }");
        outside.put("upsertSource (existing)", "upsertSource(input: {id: \"lerameau-2018-phare\", title: \"Renamed\"}) { id }");
        for (var write : outside.entrySet()) {
            JsonNode answer = editor.graphQl("mutation { " + write.getValue() + " }");
            assertThat(classification(answer)).as(write.getKey() + ": " + answer).isEqualTo("FORBIDDEN");
            assertThat(answer.path("errors").path(0).path("message").asString()).as(write.getKey())
                    .contains("outside your limits", "programme phare");
        }
        assertThat(version("lim-other")).as("the other programme's alliance is untouched").isEqualTo(otherBefore);
        assertThat(version("lim-new")).as("nothing made outside the limits").isEqualTo(-1);
        assertThat(admin.graphQl("{ alliance(id: \"lim-own\") { programmes { id } } }").toString()).contains("phare");
        assertThat(admin.graphQl("{ organisation(id: \"lim-org-other\") { name } }").toString()).contains("Other org");
        assertThat(classification(editor.graphQl("mutation { removeMembership(alliance: \"lim-other\", organisation: "
                + "\"lim-org-other\", role: PORTEUR) }"))).isEqualTo("FORBIDDEN");
        HttpResponse<String> upload = editor.send("POST", "/admin/imports", Map.of(), true);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(403);
    }

    @Test
    void inside_its_programme_the_editor_writes_and_each_write_says_who_made_it() throws Exception {
        SessionClient editor = editor("programmes: [\"phare\"]");
        String email = editor.graphQl("{ me { email } }").path("data").path("me").path("email").asString();
        for (String write : new String[] {
                "setAlliancePhase(input: {alliance: \"lim-own\", phase: EXPERIMENTATION, since: \"2024-01-01\"}) { id }",
                "linkAlliance(input: {alliance: \"lim-own\", fragilityDomains: [\"EDUCATION\"]}) { id }",
                "upsertOrganisation(input: {id: \"lim-org-new\", name: \"New partner\", kind: ASSOCIATION, " + SOURCE + "}) { id }",
                "setMembership(input: {alliance: \"lim-own\", organisation: \"lim-org-new\", role: PARTENAIRE, " + SOURCE + "}) { role }",
                "upsertOrganisation(input: {id: \"lim-org-new\", name: \"New partner, renamed\", kind: ASSOCIATION, " + SOURCE + "}) { id }",
                "upsertAlliance(input: {id: \"lim-made\", name: \"Made\", mode: MECENAT, programmes: [\"phare\"], " + SOURCE + "}) { id }",
                "upsertSource(input: {id: \"lim-source\", title: \"A new document\"}) { id }"}) {
            JsonNode answer = editor.graphQl("mutation { " + write + " }");
            assertThat(answer.has("errors")).as(write + ": " + answer).isFalse();
        }
        JsonNode history = editor.graphQl("{ alliance(id: \"lim-own\") { history { by operation fields at } } "
                + "organisation(id: \"lim-org-new\") { version history(first: 1) { by operation version } } }");
        JsonNode changes = history.path("data").path("alliance").path("history");
        assertThat(changes.size()).as(history.toString()).isEqualTo(4); // the admin's upsert, then the editor's three
        assertThat(changes.path(0).path("by").asString()).isEqualTo(email);
        assertThat(changes.path(0).path("operation").asString()).isEqualTo("setMembership lim-org-new");
        assertThat(changes.path(1).path("operation").asString()).isEqualTo("linkAlliance");
        assertThat(changes.path(2).path("operation").asString()).isEqualTo("setAlliancePhase");
        assertThat(changes.path(3).path("by").asString()).isEqualTo("first-admin@alliance-graph.test");
        JsonNode latest = history.path("data").path("organisation").path("history");
        assertThat(latest.size()).isEqualTo(1);
        assertThat(latest.path(0).path("operation").asString()).isEqualTo("upsertOrganisation");
        assertThat(latest.path(0).path("version").asInt()).as("the version the write left")
                .isEqualTo(history.path("data").path("organisation").path("version").asInt()).isPositive();

        // A stale write is refused with who changed the alliance since, and when.
        JsonNode stale = admin.graphQl("mutation { upsertAlliance(input: {id: \"lim-own\", name: \"Own\", mode: MECENAT, "
                + "programmes: [\"phare\"], expectedVersion: 1, " + SOURCE + "}) { id } }");
        assertThat(classification(stale)).isEqualTo("CONFLICT");
        assertThat(stale.path("errors").path(0).path("message").asString()).contains("changed by " + email + " at 20", "reload it");

        HttpResponse<String> byKey = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/graphql")).header("Content-Type", "application/json").header("X-API-Key", "test-editor-key")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"mutation { setAlliancePhase(input: {alliance: "
                        + "\\\"lim-other\\\", phase: CONCEPTION, since: \\\"2024-01-01\\\"}) { history(first: 1) { by } } }\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(byKey.body()).as("a key writes anywhere, and is named by its role and hash").containsPattern(
                "\"by\":\"api-key EDITOR sha256:[0-9a-f]{8}\"");
    }

    @Test
    void an_editor_limited_to_a_departement_writes_the_alliances_acting_inside_it_only() throws Exception {
        SessionClient editor = editor("territories: [\"departement:53\"]");
        JsonNode inside = editor.graphQl("mutation { setAlliancePhase(input: {alliance: \"lim-place\", phase: CONCEPTION, "
                + "since: \"2024-01-01\"}) { currentPhase } }");
        assertThat(inside.path("data").path("setAlliancePhase").path("currentPhase").asString()).as(inside.toString())
                .isEqualTo("CONCEPTION");
        JsonNode outside = editor.graphQl("mutation { setAlliancePhase(input: {alliance: \"lim-own\", phase: CONCEPTION, "
                + "since: \"2024-01-01\"}) { id } }");
        assertThat(classification(outside)).isEqualTo("FORBIDDEN");
        assertThat(outside.path("errors").path(0).path("message").asString()).contains("territory departement:53");
    }
}

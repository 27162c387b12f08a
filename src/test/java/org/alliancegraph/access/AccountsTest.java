package org.alliancegraph.access;

import static org.alliancegraph.support.SessionClient.classification;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.support.SessionClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

/**
 * People's accounts on the running service, as a browser uses them: the first administrator from the
 * environment signs in; the session cookie's flags; CSRF refused without the token; sign-in throttled;
 * a disabled account refused at sign-in and on its open session; signing out; accounts managed by an
 * administrator only, with refusals naming the field.
 */
@AllianceGraphTest
class AccountsTest {

    static final String FIRST_ADMIN = "first-admin@alliance-graph.test";
    static final String FIRST_ADMIN_PASSWORD = "first admin's password";
    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    Neo4jClient client;

    @AfterEach
    void clean() {
        client.query("MATCH (a:Account) WHERE a.email STARTS WITH 'acc-' DETACH DELETE a").run();
    }

    SessionClient admin() throws Exception {
        SessionClient admin = new SessionClient(port);
        assertThat(admin.signIn(FIRST_ADMIN, FIRST_ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        return admin;
    }

    static String email() {
        return "acc-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static JsonNode create(SessionClient admin, String email, String role, String limits) throws Exception {
        return admin.graphQl("mutation { createAccount(input: {email: \"" + email + "\", role: " + role + ", password: \""
                + PASSWORD + "\"" + limits + "}) { email role programmes territories disabled createdBy } }");
    }

    @Test
    void the_first_administrator_from_the_environment_signs_in_with_a_strict_http_only_cookie() throws Exception {
        SessionClient browser = new SessionClient(port);
        JsonNode before = SessionClient.JSON.readTree(browser.send("GET", "/session", null, false).body());
        assertThat(before.path("signedIn").asBoolean()).isFalse();
        assertThat(browser.cookie("XSRF-TOKEN")).isEqualTo(before.path("csrfToken").asString());

        HttpResponse<String> signedIn = browser.send("POST", "/session", Map.of("email", "First-Admin@alliance-graph.test ",
                "password", FIRST_ADMIN_PASSWORD), true);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("AG_SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + signedIn.headers()));
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(browser.cookie("XSRF-TOKEN")).as("a new CSRF token at sign-in").isNotEqualTo(before.path("csrfToken").asString());

        JsonNode me = browser.graphQl("{ me { email role } }");
        assertThat(me.path("data").path("me").path("email").asString()).isEqualTo(FIRST_ADMIN);
        assertThat(me.path("data").path("me").path("role").asString()).isEqualTo("ADMIN");
        JsonNode listed = browser.graphQl("{ accounts { email createdBy } }");
        assertThat(listed.path("data").path("accounts").toString()).contains(FIRST_ADMIN, "environment");
    }

    @Test
    void without_the_csrf_token_signing_in_and_writing_with_the_cookie_are_refused() throws Exception {
        SessionClient browser = new SessionClient(port);
        browser.send("GET", "/session", null, false);
        HttpResponse<String> forged = browser.send("POST", "/session", Map.of("email", FIRST_ADMIN, "password", FIRST_ADMIN_PASSWORD), false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF", "X-XSRF-TOKEN");

        SessionClient admin = admin();
        String email = email();
        HttpResponse<String> write = admin.send("POST", "/graphql", Map.of("query", "mutation { createAccount(input: {email: \""
                + email + "\", role: READER, password: \"" + PASSWORD + "\"}) { email } }"), false);
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("CSRF");
        assertThat(admin.graphQl("{ accounts { email } }").toString()).doesNotContain(email);
        assertThat(create(admin, email, "READER", "").path("data").path("createAccount").path("email").asString()).isEqualTo(email);

        // Tools without a session keep reading (and writing with keys) without any token.
        SessionClient tool = new SessionClient(port);
        HttpResponse<String> read = tool.send("POST", "/graphql", Map.of("query", "{ programme(id: \"phare\") { name } }"), false);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("PHARE");
    }

    @Test
    void repeated_wrong_passwords_refuse_signing_in_for_a_while_even_with_the_right_one() throws Exception {
        SessionClient admin = admin();
        String email = email();
        create(admin, email, "READER", "");
        SessionClient guesser = new SessionClient(port);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = guesser.signIn(email, "wrong password " + i);
            assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(401);
            assertThat(wrong.body()).contains("do not match");
        }
        HttpResponse<String> throttled = guesser.signIn(email, PASSWORD);
        assertThat(throttled.statusCode()).as(throttled.body()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(throttled.body()).contains("too many failed sign-ins");
        // Another address from the same client is not locked by these five.
        assertThat(new SessionClient(port).signIn(FIRST_ADMIN, FIRST_ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_its_open_session_ends() throws Exception {
        SessionClient admin = admin();
        String email = email();
        create(admin, email, "EDITOR", "");
        SessionClient editor = new SessionClient(port);
        assertThat(editor.signIn(email, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(editor.graphQl("{ me { email } }").path("data").path("me").path("email").asString()).isEqualTo(email);

        JsonNode disabled = admin.graphQl("mutation { updateAccount(input: {email: \"" + email + "\", disabled: true}) { disabled changedBy } }");
        assertThat(disabled.path("data").path("updateAccount").path("disabled").asBoolean()).isTrue();
        assertThat(disabled.path("data").path("updateAccount").path("changedBy").asString()).isEqualTo(FIRST_ADMIN);

        // The open session ends at its next request: it is then anyone's, and a write is refused.
        JsonNode me = editor.graphQl("{ me { email } }");
        assertThat(me.path("data").path("me").isNull()).as(me.toString()).isTrue();
        assertThat(SessionClient.classification(editor.graphQl("mutation { upsertSource(input: {id: \"acc-x\", title: \"X\"}) { id } }")))
                .isEqualTo("UNAUTHORIZED");
        HttpResponse<String> again = new SessionClient(port).signIn(email, PASSWORD);
        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.body()).contains("disabled");
    }

    @Test
    void signing_out_ends_the_session() throws Exception {
        SessionClient admin = admin();
        assertThat(admin.send("DELETE", "/session", null, true).statusCode()).isEqualTo(204);
        assertThat(admin.cookie("AG_SESSION")).as("the session cookie is gone").isNull();
        // The page asks who is signed in after signing out (and gets a new CSRF token with the answer).
        JsonNode session = SessionClient.JSON.readTree(admin.send("GET", "/session", null, false).body());
        assertThat(session.path("signedIn").asBoolean()).isFalse();
        JsonNode after = admin.graphQl("{ me { email } }");
        assertThat(after.path("data").path("me").isNull()).as(after.toString()).isTrue();
        JsonNode write = admin.graphQl("mutation { createAccount(input: {email: \"" + email() + "\", role: READER, password: \""
                + PASSWORD + "\"}) { email } }");
        assertThat(classification(write)).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void only_an_administrator_manages_accounts_and_bad_input_names_its_field() throws Exception {
        SessionClient admin = admin();
        String editorEmail = email();
        JsonNode made = create(admin, editorEmail, "EDITOR", ", programmes: [\"phare\"]");
        assertThat(made.path("data").path("createAccount").path("programmes").toString()).isEqualTo("[\"phare\"]");
        SessionClient editor = new SessionClient(port);
        assertThat(editor.signIn(editorEmail, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(classification(editor.graphQl("{ accounts { email } }"))).isEqualTo("FORBIDDEN");
        assertThat(classification(create(editor, email(), "ADMIN", ""))).isEqualTo("FORBIDDEN");

        record Bad(String input, String field, String says) {
        }
        for (Bad bad : List.of(
                new Bad("{email: \"not-an-address\", role: READER, password: \"" + PASSWORD + "\"}", "input.email", "e-mail address"),
                new Bad("{email: \"" + email() + "\", role: READER, password: \"short\"}", "input.password", "12 characters"),
                new Bad("{email: \"" + email() + "\", role: EDITOR, password: \"" + PASSWORD + "\", programmes: [\"no-such\"]}",
                        "input.programmes", "no-such"),
                new Bad("{email: \"" + email() + "\", role: ADMIN, password: \"" + PASSWORD + "\", territories: [\"departement:53\"]}",
                        "input.role", "only an EDITOR"),
                new Bad("{email: \"" + editorEmail + "\", role: READER, password: \"" + PASSWORD + "\"}", "input.email", "exists already"))) {
            JsonNode answer = admin.graphQl("mutation { createAccount(input: " + bad.input() + ") { email } }");
            assertThat(answer.path("errors").path(0).path("extensions").path("argument").asString()).as(answer.toString())
                    .isEqualTo(bad.field());
            assertThat(answer.path("errors").path(0).path("message").asString()).contains(bad.says());
        }
        assertThat(admin.graphQl("{ accounts { email } }").toString()).doesNotContain("not-an-address");
    }

    @Autowired
    org.alliancegraph.neo4j.EmbeddedNeo4jProperties embedded;

    @Test
    void the_command_line_gives_rights_on_a_running_service_through_its_own_connector() throws Exception {
        // This very service holds the folder: the command reaches its database through its Bolt connector, no restart.
        String password = System.getenv().getOrDefault("ALLIANCE_GRAPH_ACCOUNT_PASSWORD", "made on the command line");
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int exit = AccountCommand.run(org.alliancegraph.AllianceGraphApplication.class, new String[] {"add", "acc-cli@example.org",
                "--role", "EDITOR", "--programmes", "phare", "--alliance-graph.embedded.data-directory=" + embedded.dataDirectory(),
                "--logging.level.root=WARN", "--spring.main.banner-mode=off"},
                new java.io.ByteArrayInputStream((password + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("made acc-cli@example.org EDITOR");
        SessionClient person = new SessionClient(port);
        assertThat(person.signIn("acc-cli@example.org", password).statusCode()).isEqualTo(200);
        assertThat(person.graphQl("{ me { email role programmes } }").path("data").path("me").toString())
                .contains("acc-cli@example.org", "EDITOR", "phare");
    }
}

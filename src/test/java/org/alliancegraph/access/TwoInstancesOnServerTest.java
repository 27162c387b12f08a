package org.alliancegraph.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.alliancegraph.AllianceGraphApplication;
import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.support.Neo4jServerProcess;
import org.alliancegraph.support.OnServerProcess;
import org.alliancegraph.support.SessionClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service on one Neo4j server, as behind a load balancer without sticky
 * sessions: a person signed in on one is signed in on the other, failed sign-ins on one count on the
 * other, an upload previewed on one is written by the other, and signing out on one ends the session
 * on both.
 */
@AllianceGraphTest
@OnServerProcess
class TwoInstancesOnServerTest {

    static final String ADMIN = "first-admin@alliance-graph.test";
    static final String ADMIN_PASSWORD = "first admin's password";

    @LocalServerPort
    int port;
    @Autowired
    Neo4jClient client;

    @Test
    void a_session_failed_sign_ins_and_an_upload_hold_across_two_instances() throws Exception {
        Neo4jServerProcess server = Neo4jServerProcess.shared();
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(AllianceGraphApplication.class).profiles("test")
                .run("--server.port=0", "--spring.neo4j.uri=" + server.uri(),
                        "--spring.neo4j.authentication.username=" + Neo4jServerProcess.USER,
                        "--spring.neo4j.authentication.password=" + server.password(),
                        "--alliance-graph.demo-data.enabled=false")) {
            int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();

            // Signed in on the first instance, known to the second, which takes its writes (session and CSRF token).
            SessionClient first = new SessionClient(port);
            assertThat(first.signIn(ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
            SessionClient second = first.on(otherPort);
            JsonNode there = SessionClient.JSON.readTree(second.send("GET", "/session", null, false).body());
            assertThat(there.path("signedIn").asBoolean()).as(there.toString()).isTrue();
            assertThat(there.path("email").asString()).isEqualTo(ADMIN);

            // Previewed on one, written by the other.
            HttpResponse<String> previewed = first.upload("/workspace/uploads", Map.of("organisations.csv",
                    "Nom;Type;Commune\r\nDeux Instances Asso;Association;Laval (53)\r\n".getBytes(StandardCharsets.UTF_8)),
                    Map.of("sourceTitle", "Liste deux instances"));
            assertThat(previewed.statusCode()).as(previewed.body()).isEqualTo(200);
            String upload = SessionClient.JSON.readTree(previewed.body()).path("id").asString();
            HttpResponse<String> applied = second.send("POST", "/workspace/uploads/" + upload + "/apply", Map.of("choices", Map.of()), true);
            assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
            assertThat(client.query("MATCH (o:Organisation {id: 'deux-instances-asso'}) RETURN o.name").fetchAs(String.class).one())
                    .hasValue("Deux Instances Asso");
            assertThat(first.send("POST", "/workspace/uploads/" + upload + "/apply", Map.of("choices", Map.of()), true).statusCode())
                    .as("written once: it waits no more, on either instance").isEqualTo(400);

            // Failed sign-ins on the first instance refuse the next try on the second.
            SessionClient guesser = new SessionClient(port);
            for (int i = 0; i < 5; i++) {
                assertThat(guesser.signIn("two-instances@example.org", "wrong password " + i).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> refused = guesser.on(otherPort).signIn("two-instances@example.org", "wrong password 5");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();

            // Signed out on the second: the first no longer knows the cookie either.
            String token = first.cookie("AG_SESSION");
            assertThat(second.send("DELETE", "/session", null, true).statusCode()).isEqualTo(204);
            HttpResponse<String> afterwards = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/session")).header("Cookie", "AG_SESSION=" + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(SessionClient.JSON.readTree(afterwards.body()).path("signedIn").asBoolean()).isFalse();
        } finally {
            client.query("MATCH (n) WHERE n.id IN ['deux-instances-asso'] OR n.id STARTS WITH 'liste-deux-instances' DETACH DELETE n").run();
            client.query("MATCH (f:SignInFailure) WHERE f.key = 'email:two-instances@example.org' OR f.key STARTS WITH 'client:' DELETE f").run();
        }
    }
}

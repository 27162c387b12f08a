package org.alliancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The prod profile as an operator runs it (its own context and database: the rest of the suite
 * shares the test one): no GraphiQL, no introspection, no demonstration data, nothing of the server
 * in errors, and health (Neo4j included) and Prometheus metrics on the management port only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.port=0", "management.server.port=0", "server.address=127.0.0.1"})
@ActiveProfiles({"prod", "test"})
@DirtiesContext // closed after this class: a second embedded database need not live through the suite
class ProdProfileTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Value("${alliance-graph.demo-data.enabled}")
    boolean demoData;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(int on, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> graphql(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query.replace("\"", "\\\"") + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serves_the_api_without_its_development_tools() throws Exception {
        assertThat(demoData).isFalse();
        assertThat(get(port, "/graphiql").statusCode()).isEqualTo(404);
        String introspection = graphql("{ __schema { types { name } } }").body();
        assertThat(introspection).contains("errors").doesNotContain("\"types\"");
        // Reference data is there, the demonstration organisations are not.
        assertThat(graphql("{ territory(id: \"departement:48\") { name } }").body()).contains("Lozère");
        assertThat(graphql("{ organisation(id: \"wimoov\") { name } }").body()).contains("\"organisation\":null");
        // An unknown path: no stack trace, no class name, no Spring error page.
        HttpResponse<String> missing = get(port, "/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("Exception").doesNotContain("org.").doesNotContain("Whitelabel");
    }

    @Test
    void health_and_metrics_are_on_the_management_port_only() throws Exception {
        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("neo4j");
        assertThat(get(managementPort, "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
    }
}

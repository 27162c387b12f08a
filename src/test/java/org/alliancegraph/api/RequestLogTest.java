package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The log says what matters: ordinary requests (the ones that used to log a Spring Data Neo4j warning
 * with a whole statement each, for optional properties nowhere set) log nothing; a refused one logs
 * one line with its request id, which the answer carries in {@code X-Request-Id}.
 */
@AllianceGraphTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest {

    static final String[] ORDINARY = {
        "{ organisation(id: \"wimoov\") { name memberships { role since until alliance { id endDate partners { since until } } } } }",
        "{ partners(organisation: \"le-rameau\", depth: 2, filter: {activeAt: \"2020-01-01\"}, first: 50) { totalCount edges { distance organisation { id } } } }",
        "{ ecosystem(scope: {territory: \"region:24\"}) { actorCount allianceCount coverage { byMode { key alliances } } } }",
        "{ alliances(filter: {partner: \"le-rameau\"}, first: 20) { nodes { id startDate endDate phaseHistory { phase since until } } } }",
    };

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> post(String query, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query.replace("\"", "\\\"") + "\"}"));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void ordinary_requests_log_nothing_and_a_refused_one_logs_one_line_with_its_id(CapturedOutput output) throws Exception {
        int start = output.getOut().length();
        for (int round = 0; round < 25; round++) {
            for (String query : ORDINARY) {
                HttpResponse<String> answer = post(query, null);
                assertThat(answer.body()).doesNotContain("\"errors\"");
                assertThat(answer.headers().firstValue("X-Request-Id")).isPresent();
            }
        }
        String logged = output.getOut().substring(start);
        // A busy machine may make some of them slow, which is logged, one line each; nothing else is.
        assertThat(logged.lines().filter(l -> !l.contains(" slow: POST /graphql 200 in ")).toList())
                .as("100 ordinary requests logged").isEmpty();
        assertThat(logged).doesNotContain("does not exist");

        HttpResponse<String> refused = post("{ partners(organisation: \"wimoov\", first: 0) { totalCount } }", "support-case-42");
        assertThat(refused.headers().firstValue("X-Request-Id")).contains("support-case-42");
        // The line is written when the filter ends, which may be just after the client has its answer.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!output.getOut().contains("request support-case-42 refused") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        String after = output.getOut().substring(start + logged.length());
        assertThat(after.lines().filter(l -> l.contains("request support-case-42 refused")).toList()).hasSize(1)
                .first().asString().contains("POST /graphql 200", "BAD_REQUEST");
    }
}

package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Any HTTP body gets a GraphQL answer: never a 5xx, never an error without a classification. */
@AllianceGraphTest
class BadBodiesTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode firstError(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body()).get("errors").get(0);
    }

    @Test
    void bodies_that_are_no_graphql_request_get_a_4xx_graphql_error() throws Exception {
        for (String body : List.of("null", "[]", "\"x\"", "42", "", "{broken", "x".repeat(1_100_000))) {
            HttpResponse<String> response = post(body);
            String shown = body.length() > 20 ? body.substring(0, 20) + "…" : body;
            assertThat(response.statusCode()).as(shown).isBetween(400, 499);
            JsonNode error = firstError(response);
            assertThat(error.get("extensions").get("classification").asString()).as(shown).isEqualTo("BAD_REQUEST");
            assertThat(error.get("message").asString()).as(shown).doesNotContain("Exception").doesNotContain("java.");
        }
        assertThat(post("{\"query\": \"{ graphStats { alliances } }\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void a_search_text_past_a_name_is_refused_naming_the_argument() throws Exception {
        for (String text : List.of(String.join(" ", java.util.Collections.nCopies(2000, "ab")), "a".repeat(300))) {
            HttpResponse<String> response = post("{\"query\": \"query($t: String!) { search(text: $t) { score } }\", "
                    + "\"variables\": {\"t\": \"" + text + "\"}}");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode error = firstError(response);
            assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
            assertThat(error.get("extensions").get("argument").asString()).isEqualTo("text");
            assertThat(error.get("message").asString()).contains("at most");
        }
    }
}

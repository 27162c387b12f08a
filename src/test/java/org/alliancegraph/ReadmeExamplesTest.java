package org.alliancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Every GraphQL query shown in README.md answers with data on the demonstration dataset: a newcomer
 * pasting one into GraphiQL never gets an empty answer or an error.
 */
@AllianceGraphTest
class ReadmeExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXPORT = Pattern.compile("'http://localhost:8080(/export/[^']+)'");

    @Autowired
    GraphQlTester graphQl;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void every_export_url_in_the_readme_answers_with_nodes() throws Exception {
        Matcher m = EXPORT.matcher(Files.readString(Path.of("README.md")));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        int seen = 0;
        while (m.find()) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                    + m.group(1))).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(m.group(1)).isEqualTo(200);
            assertThat(Long.parseLong(response.headers().firstValue("X-Export-Nodes").orElseThrow())).as(m.group(1))
                    .isPositive();
            seen++;
        }
        assertThat(seen).isGreaterThanOrEqualTo(5);
    }

    /** The top-level documents of the README's graphql blocks that are queries ({ ... }), split by brace matching. */
    static List<String> queries() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> documents = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            String block = m.group(1);
            int depth = 0;
            int start = -1;
            for (int i = 0; i < block.length(); i++) {
                char c = block.charAt(i);
                if (c == '{') {
                    if (depth++ == 0) {
                        start = i;
                    }
                } else if (c == '}' && --depth == 0) {
                    String prefix = block.substring(0, start).strip();
                    if (!prefix.endsWith("mutation") && !prefix.contains("mutation")) {
                        documents.add(block.substring(start, i + 1));
                    }
                    block = block.substring(i + 1);
                    i = -1;
                }
            }
        }
        return documents;
    }

    @Test
    void every_query_in_the_readme_answers_with_data() throws Exception {
        List<String> queries = queries();
        assertThat(queries).hasSizeGreaterThan(8);
        for (String query : queries) {
            Map<String, Object> data = graphQl.document(query).execute().errors().verify().path("").entity(Map.class).get();
            assertThat(data).as(query).isNotEmpty();
            data.forEach((field, value) -> assertThat(nonEmpty(value)).as("README query answered nothing for " + field + ":\n" + query)
                    .isTrue());
        }
    }

    /** Null, an empty list, or an object whose lists (nodes, edges, alliances...) are all empty, is no answer. */
    static boolean nonEmpty(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            List<Object> lists = map.values().stream().filter(v -> v instanceof Collection<?>).map(v -> (Object) v).toList();
            return lists.isEmpty() ? !map.isEmpty() : lists.stream().anyMatch(ReadmeExamplesTest::nonEmpty)
                    && map.values().stream().filter(v -> v instanceof Map<?, ?>).allMatch(ReadmeExamplesTest::nonEmpty);
        }
        return true;
    }
}

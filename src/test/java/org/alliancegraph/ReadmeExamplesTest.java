package org.alliancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.alliancegraph.support.TesterConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Every GraphQL block and export address shown in README.md and docs/ works as written on the
 * demonstration dataset: a newcomer pasting a block into GraphiQL sends one operation (never two
 * anonymous ones), a query never answers empty or with an error, and the mutations, sent in the order
 * the documents give them with an editor's key, all succeed.
 */
@AllianceGraphTest
class ReadmeExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXPORT = Pattern.compile("'http://localhost:8080(/export/[^']+)'");

    @Autowired
    GraphQlTester graphQl;
    @Autowired
    Neo4jClient client;
    @LocalServerPort
    int port;

    @AfterEach
    void clean() {
        client.query("MATCH (c:Change) WHERE c.subject STARTS WITH 'doc-' DELETE c").run();
        client.query("MATCH (n) WHERE n.id STARTS WITH 'doc-' DETACH DELETE n").run();
    }

    /** README.md, then every Markdown file under docs/, in name order. */
    static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** The documents' graphql blocks, each a whole GraphQL document, in reading order. */
    static List<String> blocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        for (Path document : documents()) {
            Matcher m = BLOCK.matcher(Files.readString(document));
            while (m.find()) {
                blocks.add(m.group(1));
            }
        }
        return blocks;
    }

    static OperationDefinition.Operation operation(String block) {
        Document document = Parser.parse(block);
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        assertThat(operations).as("one operation per block, as GraphiQL runs it:\n" + block).hasSize(1);
        return operations.get(0).getOperation();
    }

    @Test
    void every_export_url_in_the_documents_answers_with_nodes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int seen = 0;
        for (Path document : documents()) {
            Matcher m = EXPORT.matcher(Files.readString(document));
            while (m.find()) {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + m.group(1))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).as(document + ": " + m.group(1)).isEqualTo(200);
                assertThat(Long.parseLong(response.headers().firstValue("X-Export-Nodes").orElseThrow())).as(m.group(1)).isPositive();
                seen++;
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(5);
    }

    @Test
    void every_query_in_the_documents_answers_with_data() throws Exception {
        List<String> queries = blocks().stream().filter(b -> operation(b) == OperationDefinition.Operation.QUERY).toList();
        assertThat(queries).hasSizeGreaterThan(8);
        for (String query : queries) {
            Map<String, Object> data = graphQl.document(query).execute().errors().verify().path("").entity(Map.class).get();
            assertThat(data).as(query).isNotEmpty();
            data.forEach((field, value) -> assertThat(nonEmpty(value)).as("the documents' query answered nothing for " + field + ":\n" + query)
                    .isTrue());
        }
    }

    @Test
    void the_documents_mutations_succeed_in_their_order_with_an_editor_key() throws Exception {
        GraphQlTester editor = TesterConfiguration.http(port).header("X-API-Key", "second-key").build();
        List<String> mutations = blocks().stream().filter(b -> operation(b) == OperationDefinition.Operation.MUTATION).toList();
        assertThat(mutations).hasSizeGreaterThanOrEqualTo(4);
        for (String mutation : mutations) {
            Map<String, Object> data = editor.document(mutation).execute().errors().verify().path("").entity(Map.class).get();
            assertThat(data.values()).as(mutation).allSatisfy(v -> assertThat(v).isNotNull());
        }
        assertThat(client.query("MATCH (:Organisation {id: 'doc-asso'})-[:PARTNER_IN]->(:Alliance {id: 'doc-alliance'}) RETURN count(*)")
                .fetchAs(Long.class).one()).contains(1L);
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

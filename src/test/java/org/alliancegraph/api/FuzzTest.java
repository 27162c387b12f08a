package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.graph.TextRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 10,000 requests built from the real schema by a seeded generator (the seed is printed on failure,
 * so a case can be replayed), a fifth of them then corrupted by hand-like edits: every answer is a
 * 2xx or 4xx, every error has a classification, no message shows a Java class, a stack trace or
 * Cypher, a refused write leaves the graph as it was, and no request hangs (a minute at most).
 *
 * <p>Property-based, but not with jqwik: its engine is built on JUnit Platform 1 and does not run on
 * the JUnit 6 platform Spring Boot 4.1 brings (jqwik 1.10.0 is its last release on Platform 1).
 */
@AllianceGraphTest
class FuzzTest {

    static final int CASES = 10_000;
    static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** What no message may show: class names, stack frames, Cypher, the database's internals. */
    static final Pattern LEAK = Pattern.compile("Exception|java\\.|javax\\.|org\\.(springframework|neo4j|alliancegraph)|"
            + "\\bat [a-z]+\\.[a-z]+|MATCH \\(|MERGE \\(|UNWIND |Neo\\.ClientError|graphql\\.");

    static final String[] ANY_IDS = {"wimoov", "le-rameau", "departement:48", "region:76", "commune:37261", "17.17", "17",
            "lerameau-2022-action", "fz-a", "nope", "", " ", "x".repeat(300)};
    static final String[] FUZZ_IDS = {"fz-a", "fz-b", "fz-org", "fz-all", "fz bad", "", "fz-" + "x".repeat(250)};
    static final String[] NASTY = {"\u0000", "\"", "\\", "' OR 1=1 //", "') DETACH DELETE n //", "{\"a\":1}", "*~^:[]()",
            "l’innovation territoriale", "🌍", "\uD800", "\n\t\r", "%s%n", "${jndi:ldap://x}", "<script>", "NaN", "-1"};

    @LocalServerPort
    int port;
    @Autowired
    GraphQlSource graphQl;
    @Autowired
    Neo4jClient client;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void clean() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'fz' DETACH DELETE n").run();
        // Nothing else was written: the graph other tests count is the one they expect.
        assertThat(client.query("MATCH (n) WHERE (n:Source OR n:Organisation OR n:Alliance) AND n.id IS NOT NULL "
                + "AND NOT n.id STARTS WITH 'fz' RETURN count(n)").fetchAs(Long.class).one()).contains(before);
    }

    long before;

    @org.junit.jupiter.api.BeforeEach
    void count() {
        before = client.query("MATCH (n) WHERE (n:Source OR n:Organisation OR n:Alliance) AND n.id IS NOT NULL "
                + "AND NOT n.id STARTS WITH 'fz' RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
    }

    long fingerprint() {
        // The count store answers these at once: cheap enough for every refused write.
        return client.query("MATCH (n) RETURN count(n) AS n").fetchAs(Long.class).one().orElseThrow() * 1_000_003L
                + client.query("MATCH ()-[r]->() RETURN count(r) AS r").fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void generated_and_mutated_documents_never_break_the_service_or_leak_its_internals() throws Exception {
        Generator generator = new Generator(graphQl.schema(), new Random(SEED));
        List<String> problems = new ArrayList<>();
        int mutations = 0;
        int refusedWrites = 0;
        long slowest = 0;
        for (int i = 0; i < CASES && problems.size() < 10; i++) {
            Generator.Case c = generator.next();
            long before = c.mutation() ? fingerprint() : 0;
            long started = System.nanoTime();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(c.body()));
            if (c.editor()) {
                request.header("X-API-Key", "test-editor-key");
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - started) / 1_000_000;
            slowest = Math.max(slowest, ms);
            String where = "case " + i + " (seed " + SEED + "): " + c.body().substring(0, Math.min(400, c.body().length()));
            if (answer.statusCode() >= 500) {
                problems.add(where + " -> HTTP " + answer.statusCode() + " " + answer.body());
                continue;
            }
            if (ms > 60_000) { // a hang, not a slow answer on a busy machine
                problems.add(where + " -> " + ms + " ms");
            }
            JsonNode body;
            try {
                body = JSON.readTree(answer.body());
            } catch (RuntimeException notJson) {
                problems.add(where + " -> not JSON: " + answer.body());
                continue;
            }
            boolean failed = false;
            for (JsonNode error : body.path("errors")) {
                failed = true;
                String message = error.path("message").asString("");
                if (error.path("extensions").path("classification").asString("").isEmpty()) {
                    problems.add(where + " -> error without classification: " + error);
                }
                if (LEAK.matcher(message).find()) {
                    problems.add(where + " -> message shows internals: " + message);
                }
            }
            if (c.mutation()) {
                mutations++;
                boolean wrote = body.path("data").isObject() && body.path("data").properties().stream()
                        .anyMatch(e -> !e.getValue().isNull());
                if (failed && !wrote) {
                    refusedWrites++;
                    if (fingerprint() != before) {
                        problems.add(where + " -> a refused write changed the graph: " + answer.body());
                    }
                }
            }
        }
        System.out.printf("fuzz: %d cases (seed %d), %d mutations of which %d refused, slowest %d ms%n",
                CASES, SEED, mutations, refusedWrites, slowest);
        assertThat(problems).isEmpty();
        assertThat(mutations).isGreaterThan(CASES / 10);
        assertThat(refusedWrites).isGreaterThan(CASES / 20);
    }

    /**
     * The cost check is an upper bound: for every generated query the service answers with data, the
     * fields it returned (every property of every object in {@code data}) are at most the cost
     * {@link RequestCost} computed before it ran. A document for which this fails is one the cost
     * check would let through while it does more work than it says; the seed replays it.
     */
    @Test
    void no_answered_query_returns_more_fields_than_its_cost_said() throws Exception {
        Generator generator = new Generator(graphQl.schema(), new Random(SEED + 1));
        List<String> problems = new ArrayList<>();
        int answered = 0;
        long largest = 0;
        for (int i = 0; i < CASES / 5 && problems.size() < 10; i++) {
            Generator.Case c = generator.next();
            if (c.mutation()) {
                continue;
            }
            String query = JSON.readTree(c.body()).path("query").asString();
            Document document;
            try {
                document = Parser.parse(query);
            } catch (RuntimeException unparsable) {
                continue;
            }
            var operation = document.getDefinitionsOfType(OperationDefinition.class).getFirst();
            Map<String, FragmentDefinition> fragments = new HashMap<>();
            document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
            long estimate = RequestCost.of(graphQl.schema(), graphQl.schema().getQueryType(), operation.getSelectionSet(),
                    fragments, Map.of()).cost();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(c.body())).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode data = JSON.readTree(answer.body()).path("data");
            if (!data.isObject()) {
                continue;
            }
            answered++;
            long fields = fields(data);
            largest = Math.max(largest, fields);
            if (fields > estimate) {
                problems.add("case " + i + " (seed " + (SEED + 1) + "): " + fields + " fields returned, cost said " + estimate
                        + ": " + query);
            }
        }
        System.out.printf("cost bound: %d generated queries answered with data, the largest %d fields; %d under-estimated%n",
                answered, largest, problems.size());
        assertThat(problems).isEmpty();
        assertThat(answered).isGreaterThan(CASES / 50);
    }

    /** Every property of every object below {@code node}: one per field graphql-java completed. */
    static long fields(JsonNode node) {
        long n = 0;
        if (node.isObject()) {
            for (var entry : node.properties()) {
                n += 1 + fields(entry.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                n += fields(item);
            }
        }
        return n;
    }

    /** Documents from the schema: random root fields, arguments of every kind of value, selections a few levels deep. */
    static final class Generator {

        record Case(String body, boolean mutation, boolean editor) {
        }

        private final GraphQLSchema schema;
        private final Random random;
        private boolean editor;

        Generator(GraphQLSchema schema, Random random) {
            this.schema = schema;
            this.random = random;
        }

        Case next() {
            boolean mutation = random.nextInt(10) < 3;
            editor = mutation && random.nextBoolean();
            GraphQLObjectType root = mutation ? schema.getMutationType() : schema.getQueryType();
            StringBuilder doc = new StringBuilder(mutation ? "mutation { " : random.nextBoolean() ? "{ " : "query Q { ");
            // One root field per write, so a refused one can be told from a written one.
            int fields = mutation ? 1 : 1 + random.nextInt(3);
            for (int f = 0; f < fields; f++) {
                GraphQLFieldDefinition field = pick(root.getFieldDefinitions());
                if (random.nextInt(5) == 0) {
                    doc.append("a").append(f).append(": ");
                }
                doc.append(field.getName()).append(arguments(field.getArguments())).append(selection(field.getType(), 0)).append(' ');
            }
            doc.append('}');
            String document = doc.toString();
            if (random.nextInt(5) == 0) {
                document = corrupt(document);
            }
            Map<String, Object> body = random.nextInt(20) == 0
                    ? Map.of("query", document, "variables", Map.of("first", pick(List.of("x", -1, 1e9, List.of()))))
                    : Map.of("query", document);
            return new Case(JSON.writeValueAsString(body), mutation, editor);
        }

        private String arguments(List<GraphQLArgument> arguments) {
            List<String> parts = new ArrayList<>();
            for (GraphQLArgument a : arguments) {
                boolean required = a.getType() instanceof GraphQLNonNull;
                if (required ? random.nextInt(30) != 0 : random.nextInt(3) == 0) {
                    parts.add(a.getName() + ": " + value(a.getType(), a.getName(), 0));
                }
            }
            if (random.nextInt(40) == 0) {
                parts.add("unknownArgument: 1");
            }
            return parts.isEmpty() ? "" : "(" + String.join(", ", parts) + ")";
        }

        private String value(GraphQLInputType type, String name, int depth) {
            if (type instanceof GraphQLNonNull nonNull) {
                return random.nextInt(40) == 0 ? "null" : value((GraphQLInputType) nonNull.getWrappedType(), name, depth);
            }
            if (random.nextInt(25) == 0) {
                return "null";
            }
            if (type instanceof GraphQLList list) {
                int n = random.nextInt(depth > 1 ? 2 : 4);
                List<String> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.add(value((GraphQLInputType) list.getWrappedType(), name, depth + 1));
                }
                return "[" + String.join(", ", items) + "]";
            }
            if (type instanceof GraphQLEnumType e) {
                return random.nextInt(15) == 0 ? "NOT_A_VALUE" : pick(e.getValues()).getName();
            }
            if (type instanceof GraphQLInputObjectType object) {
                List<String> fields = new ArrayList<>();
                for (GraphQLInputObjectField f : object.getFieldDefinitions()) {
                    boolean required = f.getType() instanceof GraphQLNonNull;
                    if (depth < 3 && (required ? random.nextInt(20) != 0 : random.nextInt(3) == 0)) {
                        fields.add(f.getName() + ": " + value(f.getType(), f.getName(), depth + 1));
                    }
                }
                return "{" + String.join(", ", fields) + "}";
            }
            String scalar = ((GraphQLScalarType) type).getName();
            return switch (scalar) {
                case "Int" -> String.valueOf(pick(List.of(0, 1, 2, 3, 10, 50, 500, 501, -1, Integer.MAX_VALUE, Integer.MIN_VALUE,
                        random.nextInt(2_000) - 1_000)));
                case "Float" -> pick(List.of("0.5", "-1.0", "1e308", "3"));
                case "Boolean" -> random.nextBoolean() ? "true" : "false";
                case "Date" -> literal(pick(List.of("2020-01-01", "2024-02-29", "2023-02-29", "2020-13-45", "not a date", "2020",
                        "9999-12-31", "")));
                default -> literal(text(name));
            };
        }

        private String text(String name) {
            int kind = random.nextInt(10);
            String[] ids = editor ? FUZZ_IDS : ANY_IDS;
            // An editor's writes may succeed: their ids are always the fuzzer's own, removed afterwards,
            // so the shared graph other tests count stays as it was.
            if (kind < 5 || editor && TextRules.kindOf(name) == TextRules.Kind.IDENTIFIER) {
                return pick(List.of(ids));
            }
            if (kind < 7) {
                return pick(List.of(NASTY));
            }
            if (kind < 8) {
                return "mot ".repeat(1 + random.nextInt(3_000));
            }
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                s.append((char) (random.nextInt(10) == 0 ? random.nextInt(0x3000) : 'a' + random.nextInt(26)));
            }
            return (editor ? "fz-" : "") + s;
        }

        private String selection(GraphQLOutputType type, int depth) {
            GraphQLType bare = GraphQLTypeUtil.unwrapAll(type);
            if (bare instanceof GraphQLUnionType union) {
                GraphQLObjectType member = (GraphQLObjectType) pick(union.getTypes());
                return " { __typename ... on " + member.getName() + selection(member, depth) + " }";
            }
            if (!(bare instanceof GraphQLFieldsContainer object)) {
                return random.nextInt(40) == 0 ? " { id }" : "";
            }
            List<GraphQLFieldDefinition> candidates = object.getFieldDefinitions();
            List<String> parts = new ArrayList<>();
            int n = 1 + random.nextInt(depth > 2 ? 2 : 4);
            for (int i = 0; i < n; i++) {
                GraphQLFieldDefinition f = pick(candidates);
                boolean leaf = !(GraphQLTypeUtil.unwrapAll(f.getType()) instanceof GraphQLFieldsContainer)
                        && !(GraphQLTypeUtil.unwrapAll(f.getType()) instanceof GraphQLUnionType);
                if (!leaf && depth >= 4) {
                    continue;
                }
                parts.add(f.getName() + arguments(f.getArguments()) + selection(f.getType(), depth + 1));
            }
            if (parts.isEmpty()) {
                parts.add("__typename");
            }
            return " { " + String.join(" ", parts) + " }";
        }

        private String corrupt(String document) {
            StringBuilder s = new StringBuilder(document);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits && !s.isEmpty(); e++) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(5)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, pick(List.of("{", "}", "(", ")", "\"", ":", "...", "$x", "@skip", "#")));
                    case 2 -> s.setLength(at);
                    case 3 -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(40))));
                    default -> s.setCharAt(at, (char) random.nextInt(128));
                }
            }
            return s.toString();
        }

        private static String literal(String value) {
            // JSON's string escapes are GraphQL's; a lone surrogate goes through as \\uD800.
            StringBuilder out = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20 || Character.isSurrogate(c)) {
                            out.append(String.format("\\u%04X", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}

package org.alliancegraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests that took the service down, sent again: how long the refusal (or the stop) takes, what
 * it says, and how long the next ordinary request takes after it. The service runs on the
 * demonstration data with the heap of {@code mvn spring-boot:run} (run this with
 * {@code -Dbench.heap=512m}). Run with
 * {@code mvn -Pbench verify -Dbench.heap=512m -Dbench.main=org.alliancegraph.bench.RefusalBenchmark}.
 */
public final class RefusalBenchmark {

    static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "20"));
        Path db = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath().resolve("refusal/db");
        FileSystemUtils.deleteRecursively(db);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AllianceGraphApplication.class).run(
                "--server.port=0", "--alliance-graph.embedded.data-directory=" + db, "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
        try {
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String report = run(URI.create("http://127.0.0.1:" + port + "/graphql"), runs);
            System.out.println(report);
            Files.writeString(db.getParent().resolve("results-refusal.md"), report);
        } finally {
            context.close();
        }
    }

    static Map<String, String> attacks() {
        Map<String, String> attacks = new LinkedHashMap<>();
        String inner = "id";
        for (int i = 0; i < 5; i++) {
            inner = "id partners { organisation { " + inner + " } }";
        }
        attacks.put("nested partners, 6 levels", "{ organisation(id: \"wimoov\") { partners { organisation { " + inner + " } } } }");
        StringBuilder communes = new StringBuilder("{");
        for (int i = 0; i < 16; i++) {
            communes.append(" a").append(i).append(": territories(level: COMMUNE, parent: \"FR\") { id name ancestors { id } }");
        }
        attacks.put("16 aliases of every commune with ancestors", communes.append(" }").toString());
        StringBuilder bomb = new StringBuilder("{ organisation(id: \"wimoov\") { ...F0 } }");
        for (int f = 0; f < 5; f++) {
            bomb.append(" fragment F").append(f).append(" on Organisation {");
            for (int a = 0; a < 10; a++) {
                bomb.append(" p").append(a).append(": partners { organisation { ").append(f < 4 ? "...F" + (f + 1) : "id").append(" } }");
            }
            bomb.append(" }");
        }
        attacks.put("fragments of 10 aliases, 5 deep", bomb.toString());
        StringBuilder four = new StringBuilder("{");
        for (int i = 0; i < 4; i++) {
            four.append(" a").append(i).append(": territories(level: COMMUNE, parent: \"FR\") { id name ancestors { id } }");
        }
        attacks.put("4 aliases of every commune with ancestors", four.append(" }").toString());
        attacks.put("every commune with ancestors, once (the largest request within the cost: answered)",
                "{ territories(level: COMMUNE, parent: \"FR\") { id name ancestors { id } } }");
        return attacks;
    }

    static String run(URI endpoint, int runs) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String ordinary = "{ organisation(id: \"wimoov\") { name partners(first: 20) { organisation { id } } } }";
        for (int i = 0; i < 50; i++) {
            post(http, endpoint, ordinary);
        }
        StringBuilder out = new StringBuilder("machine: %d cores, JDK %s, heap max %d MB; %d runs each%n%n".formatted(
                Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, runs));
        out.append("| request | answer | p50 ms | max ms | next ordinary request p50 / max ms |\n|---|---|---|---|---|\n");
        for (var attack : attacks().entrySet()) {
            List<Long> took = new ArrayList<>();
            List<Long> after = new ArrayList<>();
            String answer = "";
            for (int i = 0; i < runs; i++) {
                long started = System.nanoTime();
                JsonNode body = post(http, endpoint, attack.getValue());
                took.add((System.nanoTime() - started) / 1_000_000);
                JsonNode error = body.path("errors").path(0);
                answer = error.path("extensions").path("classification").asString("none") + " "
                        + error.path("extensions").path("limit").asString("");
                started = System.nanoTime();
                post(http, endpoint, ordinary);
                after.add((System.nanoTime() - started) / 1_000_000);
            }
            took.sort(null);
            after.sort(null);
            out.append("| %s | %s | %d | %d | %d / %d |%n".formatted(attack.getKey(), answer.strip(), took.get(took.size() / 2),
                    took.getLast(), after.get(after.size() / 2), after.getLast()));
        }
        return out.toString();
    }

    static JsonNode post(HttpClient http, URI endpoint, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}

package org.alliancegraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.support.StatementRecorder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes under read load, the figure of the "writes must not queue" issue: {@code --clients} (64)
 * clients for {@code --seconds} (60) against the service on the synthetic graph of {@code --size}
 * (M), each on one keep-alive connection ({@link HttpConnection}), one request in ten a write (an
 * organisation upserted in one of 19 départements, citing one of five sources, and half the time
 * made partner of one of eight alliances), the rest reads (an
 * organisation with its partners, a search, a département's alliances, a territory). Prints and
 * writes p50 / p95 / max per kind, the throughput, the errors, and what {@code SHOW TRANSACTIONS}
 * saw blocked, sampled every 200 ms: which statement waited, for how long, on whom.
 * {@code --concurrent-reads=N} sets {@code alliance-graph.limits.concurrent-reads}. Run with
 * {@code mvn -Pbench verify -Dbench.size=M -Dbench.main=org.alliancegraph.bench.WriteLatencyBenchmark}.
 */
public final class WriteLatencyBenchmark {

    static final String KEY = "bench-editor-key";
    static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        SyntheticGraph.Size size = SyntheticGraph.Size.valueOf(options.getOrDefault("size", "M").toUpperCase(Locale.ROOT));
        int clients = Integer.parseInt(options.getOrDefault("clients", "64"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup-seconds", "20"));
        Path root = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath();
        List<String> extra = new ArrayList<>(List.of("--alliance-graph.security.editor-api-keys=" + KEY));
        if (options.containsKey("concurrent-reads")) {
            extra.add("--alliance-graph.limits.concurrent-reads=" + options.get("concurrent-reads"));
        }
        BenchService.Started started = BenchService.start(size, root, options.getOrDefault("page-cache", "512m"), true,
                extra.toArray(String[]::new));
        try {
            Driver driver = started.context().getBean(StatementRecorder.class).raw();
            String report = new WriteLatencyBenchmark(driver, started.port()).run(size, clients, seconds, warmup);
            System.out.println(report);
            Files.writeString(root.resolve("results-writes-" + size + ".md"), report);
        } finally {
            started.context().close();
        }
    }

    private final Driver driver;
    private final int port;
    private final List<String> organisations;
    private final List<String> alliances;
    private final List<String> departements;
    /** Five sources every write cites, as editors citing the same studies do. */
    private final List<String> sources;

    WriteLatencyBenchmark(Driver driver, int port) {
        this.driver = driver;
        this.port = port;
        this.organisations = Benchmark.values(driver, "MATCH (o:Organisation) WHERE o.id STARTS WITH 'syn-' RETURN o.id AS v "
                + "ORDER BY v LIMIT 500", Map.of());
        this.alliances = Benchmark.values(driver, "MATCH (a:Alliance) WHERE a.id STARTS WITH 'syn-' RETURN a.id AS v "
                + "ORDER BY v LIMIT 8", Map.of());
        this.departements = Benchmark.values(driver, "MATCH (t:Territory {level: 'DEPARTEMENT'}) RETURN t.id AS v "
                + "ORDER BY v LIMIT 19", Map.of());
        this.sources = Benchmark.values(driver, "MATCH (s:Source) RETURN s.id AS v ORDER BY v LIMIT 5", Map.of());
    }

    String run(SyntheticGraph.Size size, int clients, int seconds, int warmup) throws Exception {
        load(clients, warmup, "warm-" + System.nanoTime() + "-", null);
        Map<String, Histogram> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicBoolean sampling = new AtomicBoolean(true);
        List<Map<String, Object>> blocked = new ArrayList<>();
        AtomicLong samples = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (sampling.get()) {
                try (Session session = driver.session()) {
                    blocked.addAll(session.run("""
                            SHOW TRANSACTIONS YIELD currentQuery, status, waitTime
                            WHERE status STARTS WITH 'Blocked'
                            RETURN left(currentQuery, 90) AS query, status, waitTime.milliseconds AS wait""").list(r -> r.asMap()));
                    samples.incrementAndGet();
                    Thread.sleep(200);
                } catch (InterruptedException stopped) {
                    return;
                } catch (RuntimeException e) {
                    System.err.println("SHOW TRANSACTIONS failed: " + e.getMessage());
                    return;
                }
            }
        });
        long requests = load(clients, seconds, "wl-" + System.nanoTime() + "-", (kind, micros, error) -> {
            latencies.computeIfAbsent(kind, k -> Benchmark.histogram()).recordValue(micros);
            if (error != null) {
                errors.computeIfAbsent(kind + ": " + error.substring(0, Math.min(120, error.length())), k -> new AtomicLong())
                        .incrementAndGet();
            }
        });
        sampling.set(false);
        sampler.join(5_000);
        try (Session session = driver.session()) {
            session.run("MATCH (o:Organisation) WHERE o.id STARTS WITH 'wl-' OR o.id STARTS WITH 'warm-' DETACH DELETE o").consume();
        }

        StringBuilder out = new StringBuilder();
        out.append("## Writes under read load, %s graph: %d clients, %d s (after %d s of warm-up), 1 request in 10 a write%n%n"
                .formatted(size, clients, seconds, warmup));
        out.append("machine: %d cores, JDK %s; %d requests, %.0f/s%n%n".formatted(Runtime.getRuntime().availableProcessors(),
                Runtime.version(), requests, requests / (double) seconds));
        out.append("| kind | requests | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        Histogram allReads = Benchmark.histogram();
        Histogram allWrites = Benchmark.histogram();
        new TreeMap<>(latencies).forEach((kind, h) -> {
            out.append("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n".formatted(kind, h.getTotalCount(), Benchmark.ms(h, 50),
                    Benchmark.ms(h, 95), Benchmark.ms(h, 99), h.getMaxValue() / 1000.0));
            (kind.startsWith("write") ? allWrites : allReads).add(h);
        });
        out.append("| **all writes** | %d | %.1f | %.1f | %.1f | %.1f |%n".formatted(allWrites.getTotalCount(),
                Benchmark.ms(allWrites, 50), Benchmark.ms(allWrites, 95), Benchmark.ms(allWrites, 99), allWrites.getMaxValue() / 1000.0));
        out.append("| **all reads** | %d | %.1f | %.1f | %.1f | %.1f |%n%n".formatted(allReads.getTotalCount(),
                Benchmark.ms(allReads, 50), Benchmark.ms(allReads, 95), Benchmark.ms(allReads, 99), allReads.getMaxValue() / 1000.0));
        out.append("errors: %s%n%n".formatted(errors.isEmpty() ? "none" : errors));
        Map<String, long[]> byQuery = new TreeMap<>();
        for (Map<String, Object> b : blocked) {
            long[] n = byQuery.computeIfAbsent(String.valueOf(b.get("query")).replaceAll("\\s+", " "), k -> new long[2]);
            n[0]++;
            n[1] = Math.max(n[1], ((Number) b.get("wait")).longValue());
        }
        out.append("lock waits seen by SHOW TRANSACTIONS (%d samples, every 200 ms): %d blocked transactions%n%n"
                .formatted(samples.get(), blocked.size()));
        if (!byQuery.isEmpty()) {
            out.append("| blocked statement (start) | times seen | longest wait ms |\n|---|---|---|\n");
            byQuery.forEach((q, n) -> out.append("| `%s` | %d | %d |%n".formatted(q, n[0], n[1])));
        }
        return out.toString();
    }

    interface Sink {
        void record(String kind, long micros, String error);
    }

    /** Runs the mix for {@code seconds}; returns how many requests were answered. */
    long load(int clients, int seconds, String prefix, Sink sink) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong sequence = new AtomicLong();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            futures.add(pool.submit(() -> {
                // One keep-alive connection per client, as the peer benchmark's driver (HttpConnection).
                try (HttpConnection http = new HttpConnection("127.0.0.1", port, "/graphql", "X-API-Key: " + KEY + "\r\n")) {
                    while (System.nanoTime() < end) {
                        if (random.nextInt(10) == 0) {
                            String id = prefix + sequence.incrementAndGet();
                            String error = send("""
                                    mutation { upsertOrganisation(input: {id: "%s", name: "Charge %s", kind: ASSOCIATION,
                                        territory: "%s", provenance: {source: "%s"}}) { id version } }""".formatted(id, id,
                                    departements.get(random.nextInt(departements.size())), sources.get(random.nextInt(sources.size()))),
                                    "write upsertOrganisation", sink, http);
                            done.incrementAndGet();
                            if (error == null && random.nextBoolean()) {
                                send("""
                                        mutation { setMembership(input: {alliance: "%s", organisation: "%s", role: PARTENAIRE,
                                            provenance: {source: "%s"}}) { role } }""".formatted(
                                        alliances.get(random.nextInt(alliances.size())), id, sources.getFirst()), "write setMembership", sink, http);
                                done.incrementAndGet();
                            }
                        } else {
                            String org = organisations.get(random.nextInt(organisations.size()));
                            switch (random.nextInt(4)) {
                                case 0 -> send("{ organisation(id: \"%s\") { name partners(first: 20) { sharedAllianceCount organisation { id name } } } }"
                                        .formatted(org), "read organisation+partners", sink, http);
                                case 1 -> send("{ search(text: \"association\", first: 10) { score } }", "read search", sink, http);
                                case 2 -> send("{ alliances(first: 20, filter: {territory: \"%s\"}) { totalCount nodes { id name } } }"
                                        .formatted(departements.get(random.nextInt(departements.size()))), "read alliances in a département", sink, http);
                                default -> send("{ territory(id: \"%s\") { name ancestors { id } } }"
                                        .formatted(departements.get(random.nextInt(departements.size()))), "read territory", sink, http);
                            }
                            done.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return done.get();
    }

    /** Sends one document; returns its error (null when it answered without one) after recording it. */
    String send(String document, String kind, Sink sink, HttpConnection http) {
        long started = System.nanoTime();
        String error;
        try {
            HttpConnection.Response answer = http.post(JSON.writeValueAsBytes(Map.of("query", document)));
            JsonNode errors = answer.status() == 200 ? JSON.readTree(answer.body()).path("errors") : null;
            error = answer.status() != 200 ? "HTTP " + answer.status() : errors.isEmpty() ? null : errors.get(0).path("message").asString();
        } catch (Exception e) {
            error = e.getClass().getSimpleName();
        }
        if (sink != null) {
            sink.record(kind, (System.nanoTime() - started) / 1_000, error);
        }
        return error;
    }
}

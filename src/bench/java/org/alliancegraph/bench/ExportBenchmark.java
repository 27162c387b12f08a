package org.alliancegraph.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.support.StatementRecorder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The visualisation issue's figures on a synthetic graph: (1) a département's export at the
 * subgraph's node budget (2,000) in every format against the GraphQL subgraph of the same scope,
 * interleaved; (2) a région's whole export streamed, in elements per second, with the heap sampled
 * while it streams; (3) the explorer page drawing a région in headless Chromium.
 * <p>
 * {@code mvn -Pbench verify -Dbench.size=L -Dbench.heap=2g -Dbench.pagecache=2g -Dbench.main=org.alliancegraph.bench.ExportBenchmark}
 */
public final class ExportBenchmark {

    static final List<String> FORMATS = List.of("gexf", "graphml", "cytoscape", "graphology", "csv");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port;
    private final Driver driver;
    private final StringBuilder out = new StringBuilder();

    ExportBenchmark(int port, Driver driver) {
        this.port = port;
        this.driver = driver;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        SyntheticGraph.Size size = SyntheticGraph.Size.valueOf(options.getOrDefault("size", "S").toUpperCase(Locale.ROOT));
        Path root = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
        BenchService.Started started = BenchService.start(size, root, options.getOrDefault("page-cache", "512m"), true);
        try {
            RegistryOverlay.apply(started, root, options);
            Driver driver = started.context().getBean(StatementRecorder.class).raw();
            ExportBenchmark bench = new ExportBenchmark(started.port(), driver);
            bench.out.append("Dataset %s, %s, %d cores, JDK %s, max heap %d MB; CPU check (fixed loop): %.0f ms%n%n".formatted(
                    size, LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20, Benchmark.cpuCheck()));
            List<String> parts = List.of(options.getOrDefault("parts", "departements,region,page").split(","));
            if (parts.contains("departements")) {
                bench.departements(rounds);
            }
            if (parts.contains("region")) {
                bench.region();
            }
            if (parts.contains("page")) {
                bench.page(options.getOrDefault("page-loads", "5"), List.of(options.getOrDefault("page-levels", "REGION").split(",")),
                        java.util.Arrays.stream(options.getOrDefault("page-max", "2000,5000,10000").split(",")).map(Integer::valueOf).toList());
            }
            Path file = root.resolve("exports-" + size + ".md");
            Files.writeString(file, bench.out);
            System.out.println(bench.out);
            System.out.println("written to " + file);
        } finally {
            started.context().close();
        }
    }

    record Fetched(long nanos, long bytes, long nodes, long edges) {
    }

    Fetched get(String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = r.body()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
            }
        }
        long nanos = System.nanoTime() - start;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return new Fetched(nanos, bytes, r.headers().firstValueAsLong("X-Export-Nodes").orElse(-1),
                r.headers().firstValueAsLong("X-Export-Edges-At-Most").orElse(-1));
    }

    Fetched graphql(String query, Map<String, Object> variables) throws Exception {
        String body = "{\"query\":" + json(query) + ",\"variables\":{" + String.join(",", variables.entrySet().stream()
                .map(e -> json(e.getKey()) + ":" + json(String.valueOf(e.getValue()))).toList()) + "}}";
        long start = System.nanoTime();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        if (r.statusCode() != 200 || new String(r.body(), 0, Math.min(200, r.body().length), StandardCharsets.UTF_8).contains("\"errors\"")) {
            throw new IllegalStateException("GraphQL failed: " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return new Fetched(nanos, r.body().length, -1, -1);
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    List<String> read(String cypher) {
        try (Session session = driver.session()) {
            return session.run(cypher).list(r -> r.get("v").asString());
        }
    }

    /** (1) The largest département and 7 random ones, interleaved: subgraph, then each format. */
    void departements(int rounds) throws Exception {
        List<String> all = read("MATCH (t:Territory {level: 'DEPARTEMENT'}) RETURN t.id AS v ORDER BY v");
        List<String> scopes = new ArrayList<>(List.of(Benchmark.largest(driver, "DEPARTEMENT")));
        Random random = new Random(7);
        while (scopes.size() < 8) {
            String t = all.get(random.nextInt(all.size()));
            if (!scopes.contains(t)) {
                scopes.add(t);
            }
        }
        Map<String, Histogram> times = new LinkedHashMap<>();
        times.put("GraphQL subgraph(maxNodes: 2000)", new Histogram(3_600_000_000L, 3));
        FORMATS.forEach(f -> times.put(f, new Histogram(3_600_000_000L, 3)));
        long[] nodes = new long[1];
        // Warm-up: at least 60 s and 2 rounds, nothing recorded; then the recorded rounds.
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int round = 0; round < 2 || System.nanoTime() < warmupEnd; round++) {
            departementRound(scopes, times, nodes, false);
        }
        for (int round = 0; round < rounds; round++) {
            departementRound(scopes, times, nodes, true);
        }
        double subgraph = times.get("GraphQL subgraph(maxNodes: 2000)").getValueAtPercentile(50) / 1000.0;
        out.append("### A département's ecosystem at the subgraph's budget (2,000 nodes): export against GraphQL subgraph\n\n");
        out.append("The largest département (%s) and 7 random ones, %d interleaved rounds after at least 60 s of warm-up; "
                .formatted(scopes.getFirst(), rounds) + "largest file: %d nodes. Target: each format within 2× the subgraph (p50).%n%n"
                .formatted(nodes[0]));
        out.append("| question | p50 (ms) | p95 (ms) | ÷ subgraph (p50) |\n|---|---|---|---|\n");
        times.forEach((name, h) -> out.append("| %s | %.1f | %.1f | %.2f× |%n".formatted(name, h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(50) / 1000.0 / subgraph)));
        out.append('\n');
    }

    private void departementRound(List<String> scopes, Map<String, Histogram> times, long[] nodes, boolean record)
            throws Exception {
        for (String t : scopes) {
            Fetched q = graphql(Benchmark.Q_SUBGRAPH, Map.of("t", t));
            if (record) {
                times.get("GraphQL subgraph(maxNodes: 2000)").recordValue(q.nanos() / 1000);
            }
            for (String f : FORMATS) {
                Fetched e = get("/export/" + f + "?scope.territory=" + enc(t) + "&maxNodes=2000");
                nodes[0] = Math.max(nodes[0], e.nodes());
                if (record) {
                    times.get(f).recordValue(e.nanos() / 1000);
                }
            }
        }
    }

    /** (2) The largest région, whole, in every format: elements per second and the heap while it streams. */
    void region() throws Exception {
        String region = Benchmark.largest(driver, "REGION");
        String small = Benchmark.largest(driver, "DEPARTEMENT");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        out.append("### A région's whole ecosystem, streamed\n\n");
        out.append("The largest région (%s), no node budget, each format 3 times (the median shown); heap: after a full GC, the "
                .formatted(region) + "heap left after each collection while the file streams (the live data) and the used heap sampled "
                + "every 2 ms (live data and garbage), against the largest département (%s) exported the same way. Target: 100,000 elements/s or more, heap flat.%n%n".formatted(small));
        out.append("| format | nodes | edges | MB | seconds | elements/s | heap before (MB) | live heap after GCs while streaming, max (MB) | GCs | used heap, peak (MB) | département: live max / peak (MB) |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (String f : FORMATS) {
            List<Fetched> runs = new ArrayList<>();
            Heap big = new Heap(0, 0, 0);
            Heap little = new Heap(0, 0, 0);
            long[] base = new long[1];
            for (int i = 0; i < 3; i++) {
                String regionPath = "/export/" + f + "?scope.territory=" + enc(region);
                Heap h = heapDuring(memory, base, () -> runs.add(get(regionPath)));
                big = new Heap(Math.max(big.peak(), h.peak()), Math.max(big.liveAfterGc(), h.liveAfterGc()),
                        Math.max(big.collections(), h.collections()));
                // The département, for comparison: measured the same way.
                String smallPath = "/export/" + f + "?scope.territory=" + enc(small);
                Heap d = heapDuring(memory, new long[1], () -> get(smallPath));
                little = new Heap(Math.max(little.peak(), d.peak()), Math.max(little.liveAfterGc(), d.liveAfterGc()), 0);
            }
            runs.sort((a, b) -> Long.compare(a.nanos(), b.nanos()));
            Fetched m = runs.get(1);
            double seconds = m.nanos() / 1e9;
            out.append("| %s | %,d | %,d | %.1f | %.2f | %,.0f | %d | %d | %d | %d | %d / %d |%n".formatted(f, m.nodes(), m.edges(),
                    m.bytes() / 1e6, seconds, (m.nodes() + m.edges()) / seconds, base[0] >> 20, big.liveAfterGc() >> 20,
                    big.collections(), big.peak() >> 20, little.liveAfterGc() >> 20, little.peak() >> 20));
        }
        out.append('\n');
    }

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** What the heap did while a step ran: the highest used (live data and garbage) and the highest left after a GC (live data). */
    record Heap(long peak, long liveAfterGc, int collections) {
    }

    /**
     * The used heap sampled every 2 ms, and the heap left after each collection (GC notifications),
     * while {@code step} runs, after a full GC ({@code baseline[0]}: the heap then). The live
     * heap after collections is what shows whether the export holds what it writes: the peak mostly
     * says how much garbage the collector let pile up before collecting.
     */
    static Heap heapDuring(MemoryMXBean memory, long[] baseline, Step step) throws Exception {
        System.gc();
        Thread.sleep(200);
        baseline[0] = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong();
        AtomicLong live = new AtomicLong();
        java.util.concurrent.atomic.AtomicInteger collections = new java.util.concurrent.atomic.AtomicInteger();
        javax.management.NotificationListener listener = (notification, handback) -> {
            if (notification.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(u -> u.getUsed()).sum();
                live.accumulateAndGet(after, Math::max);
                collections.incrementAndGet();
            }
        };
        List<javax.management.NotificationEmitter> emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(b -> (javax.management.NotificationEmitter) b).toList();
        emitters.forEach(e -> e.addNotificationListener(listener, null, null));
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            step.run();
        } finally {
            running.set(false);
            sampler.join();
            for (var e : emitters) {
                e.removeNotificationListener(listener);
            }
        }
        return new Heap(peak.get(), live.get(), collections.get());
    }

    /** (3) The explorer page on the largest territory of each level (région by default) in headless Chromium, fresh page loads. */
    void page(String loads, List<String> levels, List<Integer> maxima) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Path chromedriver = Path.of("/usr/bin/chromedriver");
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            out.append("### The explorer page\n\nNot measured: Debian's chromium and chromium-driver are not installed.\n");
            return;
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("bench-chromium"), "--window-size=1400,900");
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build(), options);
        List<String> scopes = levels.stream().map(level -> Benchmark.largest(driver, level)).toList();
        out.append("### The explorer page drawing a région\n\n");
        out.append("The largest territory of each level (%s), bipartite view with bridge scores, a fresh page load each time (%s loads, after one "
                .formatted(scopes, loads) + "to warm the service); the page fetches the graph, draws it, then asks for the coverage and gaps; \"navigation → drawn\" is from the start of navigation to the first "
                + "frame with the graph, \"longest frame gap\" the longest wait between two animation frames in the 3 s after it, "
                + "while ForceAtlas2 runs in its worker. Target: drawn and interactive within 3 s.\n\n");
        out.append("| territory | max nodes | nodes | edges | export fetch (ms, p50) | draw (ms, p50) | navigation → drawn (ms, p50 / max) | summary shown, from the load's start (ms, p50) | longest frame gap (ms, max) |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        try {
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            for (String region : scopes) for (int max : maxima) {
                List<Map<String, Object>> timings = new ArrayList<>();
                long worstGap = 0;
                for (int i = -1; i < Integer.parseInt(loads); i++) {
                    browser.get("about:blank");
                    browser.get("http://127.0.0.1:" + port + "/?territory=" + enc(region) + "&max=" + max);
                    new WebDriverWait(browser, Duration.ofSeconds(120)).until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b)
                            .executeScript("return window.allianceGraph && window.allianceGraph.ready && window.allianceGraph.loads > 0")));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> t = (Map<String, Object>) ((JavascriptExecutor) browser)
                            .executeScript("return window.allianceGraph.timings");
                    long gap = ((Number) ((JavascriptExecutor) browser).executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            let last = performance.now(), worst = 0; const end = last + 3000;
                            function frame(now) { worst = Math.max(worst, now - last); last = now;
                              if (now < end) requestAnimationFrame(frame); else done(Math.round(worst)); }
                            requestAnimationFrame(frame);""")).longValue();
                    if (i >= 0) {
                        timings.add(t);
                        worstGap = Math.max(worstGap, gap);
                    }
                }
                out.append("| %s | %d | %s | %s | %d | %d | %d / %d | %d | %d |%n".formatted(region, max, timings.getFirst().get("nodes"),
                        timings.getFirst().get("edges"), median(timings, "fetchMs"), median(timings, "drawMs"),
                        median(timings, "sinceNavigationMs"), timings.stream().mapToLong(t -> ((Number) t.get("sinceNavigationMs")).longValue()).max().orElse(0),
                        median(timings, "summaryMs"), worstGap));
            }
        } finally {
            browser.quit();
        }
        out.append('\n');
    }

    static long median(List<Map<String, Object>> timings, String key) {
        List<Long> values = new ArrayList<>(timings.stream().map(t -> ((Number) t.get(key)).longValue()).sorted().toList());
        return values.get(values.size() / 2);
    }
}

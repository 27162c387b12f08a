package org.alliancegraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;
import org.alliancegraph.ecosystem.NaiveEcosystem;
import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.graph.HubCache;
import org.alliancegraph.support.StatementRecorder;
import org.alliancegraph.territory.TerritoryLevel;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scale benchmark: generates (seed 42) and imports a synthetic graph of the chosen size once,
 * then starts alliance-graph on it and measures each question three ways on the same database:
 * <ol>
 * <li>alliance-graph: HTTP GraphQL against the running service, one client, warm;</li>
 * <li>the floor: the very statements the service sent for the same request (recorded at the
 * driver), replayed through the Java driver in one read transaction;</li>
 * <li>the naive baseline: the same answer from Spring Data Neo4j entities loaded through
 * repositories, one call per field and object (partners and ecosystem questions only).</li>
 * </ol>
 * Then 32 clients ask "organisation + direct partners" for a fixed time, and 32 threads replay the
 * statements behind it through the driver (the throughput's floor). Prints a Markdown table
 * and writes it to {@code <dir>/results-<size>.md}.
 */
public final class Benchmark {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String Q_ORGANISATION = """
            query($id: ID!) { organisation(id: $id) { id name kind
              partners(first: 50) { sharedAllianceCount organisation { id name kind } sharedAlliances { id name mode } } } }""";
    static final String Q_PARTNERS = """
            query($id: ID!) { partners(organisation: $id, depth: 2, first: 100,
                filter: {modes: [MECENAT, COOPERATION_ECONOMIQUE, INNOVATION_SOCIETALE], activeAt: "2024-06-30"}) {
              totalCount edges { distance sharedAllianceCount organisation { id name kind } } } }""";
    static final String Q_PATHS = """
            query($from: ID!, $to: ID!) { partnershipPaths(from: $from, to: $to, maxDepth: 4) {
              length organisations { id name } alliances { id name } } }""";
    static final String Q_SEARCH = """
            query($text: String!) { search(text: $text, first: 20) { score
              node { __typename ... on Organisation { id name } ... on Alliance { id name } ... on Programme { id name } } } }""";
    static final String Q_ECOSYSTEM = """
            query($t: ID!) { ecosystem(scope: {territory: $t}) { actorCount allianceCount
              coverage { bySdgTarget { key alliances actors } byFragilityDomain { key alliances actors } byMode { key alliances actors }
                         byPhase { key alliances actors } byActorKind { key alliances actors } bySubTerritory { key alliances actors } }
              gaps { sdgTargets { key } fragilityDomains { key } subTerritories { key } }
              keyActors(first: 10) { method sources byPartners { organisation { id name } partners }
                                     byBetweenness { organisation { id name } betweenness } }
              subgraph(maxNodes: 2000) { nodes { id type label kind mode phase degree } edges { id source target type role } truncated } } }""";
    static final String Q_SUBGRAPH = """
            query($t: ID!) { ecosystem(scope: {territory: $t}) {
              subgraph(maxNodes: 2000) { nodes { id type label kind mode phase degree } edges { id source target type role } truncated } } }""";

    /**
     * One question: its GraphQL document, its parameter sets, how many runs, and its baseline if any.
     * {@code --runs-scale} shrinks the runs of the heavy questions (the ecosystems) and of every
     * baseline, the ones that take seconds at L; a light question keeps its full runs, which take
     * seconds in all, so that its p95 rests on more than a few runs per parameter set. The first
     * {@code hubs} parameter sets are the national hubs: their runs are also reported apart.
     */
    record Case(String name, String document, List<Map<String, Object>> parameters, int warmup, int runs,
            Function<Map<String, Object>, Object> baseline, int baselineRuns, String target, boolean heavy, int hubs) {
    }

    record Result(Case c, Histogram http, double httpRate, Histogram floor, Histogram baseline, String same,
            double warmedSeconds, Histogram[] apart) {
    }

    /** Warm-up ends, after the minimum, at the first 5-second window with under 2% of it spent compiling. */
    static final long WARMUP_WINDOW_NANOS = 5_000_000_000L;
    static final int MAX_WARMUP_SECONDS = 240;
    /** The organisation sample: the national hubs (the first generated organisations), then random ones. */
    static final int HUBS = 3;
    static final int SAMPLE = 64;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        SyntheticGraph.Size size = SyntheticGraph.Size.valueOf(options.getOrDefault("size", "S").toUpperCase(Locale.ROOT));
        Path root = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath();
        double scale = Double.parseDouble(options.getOrDefault("runs-scale", "1"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "32"));
        int seconds = Integer.parseInt(options.getOrDefault("load-seconds", "20"));
        int warmupSeconds = Integer.parseInt(options.getOrDefault("warmup-seconds", "30"));
        // Checked before the graph is generated and imported, which takes minutes at L.
        String client = options.getOrDefault("http-client", "lean");
        if (!client.equals("lean") && !client.equals("jdk")) {
            throw new IllegalArgumentException("--http-client is lean (the default) or jdk, got " + client);
        }
        String hubCache = options.getOrDefault("hub-cache", "on");
        if (!hubCache.equals("on") && !hubCache.equals("off")) {
            throw new IllegalArgumentException("--hub-cache is on (the default, as the service runs) or off, got " + hubCache);
        }
        BenchService.Started started = BenchService.start(size, root, options.getOrDefault("page-cache", "512m"),
                hubCache.equals("on"));
        try {
            new Benchmark(started.context(), started.port(), size, scale, warmupSeconds, client.equals("jdk"))
                    .run(root.resolve("results-" + size + ".md"), clients, seconds);
        } finally {
            started.context().close();
        }
    }

    private final StatementRecorder recorder;
    private final HubCache hubs;
    private final Driver driver;
    /** Null unless {@code --http-client=jdk}: the JDK's client, kept to compare load drivers. */
    private final HttpClient jdkHttp;
    private final URI endpoint;
    // One keep-alive connection per client thread; all closed at the end.
    private final List<HttpConnection> connections = new ArrayList<>();
    private final ThreadLocal<HttpConnection> connection;
    private final int port;
    // The request bodies, serialised once: the driver's JSON work is not the service's.
    private final Map<List<Object>, byte[]> bodies = new ConcurrentHashMap<>();
    private final SyntheticGraph.Size size;
    private final double scale;
    private final int warmupSeconds;
    private final NaiveBaseline naive;
    private final NaiveEcosystem naiveEcosystem;

    Benchmark(ConfigurableApplicationContext context, int port, SyntheticGraph.Size size, double scale, int warmupSeconds,
            boolean jdkHttpClient) {
        this.warmupSeconds = warmupSeconds;
        this.jdkHttp = jdkHttpClient ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build() : null;
        this.port = port;
        this.connection = new ThreadLocal<>();
        this.recorder = context.getBean(StatementRecorder.class);
        this.hubs = context.getBean(HubCache.class);
        this.driver = recorder.raw();
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
        this.size = size;
        this.scale = scale;
        var organisations = context.getBean(BaselineRepositories.Organisations.class);
        var alliances = context.getBean(BaselineRepositories.Alliances.class);
        this.naive = new NaiveBaseline(organisations, alliances);
        this.naiveEcosystem = new NaiveEcosystem(organisations, alliances,
                context.getBean(BaselineRepositories.Territories.class), context.getBean(BaselineRepositories.SdgTargets.class),
                context.getBean(BaselineRepositories.FragilityDomains.class));
    }

    void run(Path out, int clients, int seconds) throws Exception {
        Random random = new Random(42);
        List<String> organisations = read("MATCH (o:Organisation) WHERE o.id STARTS WITH 'syn-o' RETURN o.id AS v ORDER BY v");
        List<String> sample = new ArrayList<>(organisations.subList(0, HUBS));
        while (sample.size() < SAMPLE) {
            sample.add(organisations.get(random.nextInt(organisations.size())));
        }
        List<Map<String, Object>> byOrganisation = sample.stream().map(id -> Map.<String, Object>of("id", id)).toList();
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            pairs.add(Map.of("from", organisations.get(random.nextInt(organisations.size())),
                    "to", organisations.get(random.nextInt(organisations.size()))));
        }
        List<String> names = read("MATCH (o:Organisation) WHERE o.id IN $ids RETURN o.name AS v", Map.of("ids", sample));
        List<Map<String, Object>> texts = names.stream().map(n -> Map.<String, Object>of("text", n.toLowerCase(Locale.ROOT))).toList();
        // Random scopes plus the largest one, as the hubs among the organisations: the largest
        // département of L once failed on the transaction memory limit while random ones passed.
        List<String> departements = withLargest(pick(read("MATCH (t:Territory {level: 'DEPARTEMENT'}) RETURN t.id AS v ORDER BY v"), 15, random),
                "DEPARTEMENT");
        List<String> regions = withLargest(pick(read("MATCH (t:Territory {level: 'REGION'}) WHERE toInteger(t.code) > 10 RETURN t.id AS v ORDER BY v"), 5, random),
                "REGION");
        List<Map<String, Object>> byDepartement = departements.stream().map(t -> Map.<String, Object>of("t", t)).toList();
        List<Map<String, Object>> byRegion = regions.stream().map(t -> Map.<String, Object>of("t", t)).toList();
        Set<String> modes = Set.of("MECENAT", "COOPERATION_ECONOMIQUE", "INNOVATION_SOCIETALE");
        LocalDate day = LocalDate.parse("2024-06-30");

        List<Case> cases = List.of(
                new Case("organisation + direct partners (first 50)", Q_ORGANISATION, byOrganisation, 300, 1000,
                        p -> naive.directPartners((String) p.get("id"), 50), 64, "≤ 4 / ≤ 10", false, HUBS),
                new Case("partners depth 2, first 100, with filters", Q_PARTNERS, byOrganisation, 100, 500,
                        p -> naive.partners((String) p.get("id"), 2, modes, day, 100), 16, "≤ 15 / ≤ 40", false, HUBS),
                new Case("partnershipPaths, maxDepth 4", Q_PATHS, pairs, 100, 500, null, 0, "≤ 30 / ≤ 100", false, 0),
                new Case("search by name", Q_SEARCH, texts, 300, 1000, null, 0, "≤ 5 / ≤ 20", false, 0),
                new Case("ecosystem of a département", Q_ECOSYSTEM, byDepartement, 16, 64,
                        p -> naiveEcosystem.territory((String) p.get("t"), TerritoryLevel.DEPARTEMENT), 8, "≤ 200 / ≤ 500", true, 0),
                new Case("ecosystem of a région", Q_ECOSYSTEM, byRegion, 6, 24, null, 0, "≤ 800 / ≤ 2000", true, 0),
                new Case("subgraph of a département's ecosystem", Q_SUBGRAPH, byDepartement, 16, 64, null, 0, "≤ 100 / ≤ 300", true, 0));

        cpuCheck = "%.0f ms".formatted(cpuCheck());
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            results.add(measure(c));
        }
        // The floor of the throughput: the same 32 clients sending the statements the service sent
        // for each organisation straight through the driver. It bounds what the service can reach.
        List<List<Query>> orgStatements = new ArrayList<>();
        for (Map<String, Object> p : byOrganisation) {
            orgStatements.add(computing(Q_ORGANISATION, p));
        }
        IntConsumer service = i -> post(Q_ORGANISATION, byOrganisation.get(i % byOrganisation.size()));
        IntConsumer floor = i -> replay(orgStatements.get(i % orgStatements.size()));
        load("organisation + direct partners", service, clients, Math.min(10, seconds)); // warms the concurrent paths; not reported
        String load = load("organisation + direct partners", service, clients, seconds);
        // The three national hubs are 3 of the 64 organisations (4.7% of the requests), and a hub's
        // statement costs about 17 ordinary ones (25 against 1.5 ms on L): the same load over the 61
        // random organisations alone shows the throughput of an ordinary organisation's page.
        String others = "the %d random organisations only".formatted(SAMPLE - HUBS);
        IntConsumer ordinaryService = i -> post(Q_ORGANISATION, byOrganisation.get(ordinary(i)));
        load += "\n\nWithout the hubs: " + load("organisation + direct partners, " + others, ordinaryService, clients, seconds);
        load("floor", floor, clients, Math.min(10, seconds));
        load += "\n\nThroughput floor: " + load("floor (the same statements through the driver)", floor, clients, seconds);
        // And the floor of the ordinary organisations' load: what the database alone gives for them,
        // against which the service's overhead (HTTP, GraphQL, JSON) shows.
        IntConsumer ordinaryFloor = i -> replay(orgStatements.get(ordinary(i)));
        load += "\n\nThroughput floor without the hubs: " + load("floor, " + others, ordinaryFloor, clients, seconds);
        cpuCheck += " before, %.0f ms after".formatted(cpuCheck());
        String table = table(results, load);
        System.out.println(table);
        Files.writeString(out, table);
        System.out.println("Written to " + out);
        synchronized (connections) {
            connections.forEach(HttpConnection::close);
        }
    }

    /** The i-th request's organisation when the hubs are left out: the sample's others in turn. */
    private static int ordinary(int i) {
        return HUBS + i % (SAMPLE - HUBS);
    }

    private Result measure(Case c) throws Exception {
        double runsScale = c.heavy() ? scale : 1;
        int warmup = Math.max(1, (int) (c.warmup() * runsScale));
        // Every parameter set the same number of times: with 200 runs over 64 organisations the
        // first 8 (the 3 hubs among them) came 4 times and the others 3, so the hubs were 6% of
        // the runs instead of their 4.7% of the sample; at L, 12 runs over 16 départements left 4
        // of them unmeasured. (The baseline keeps its few runs: a call takes seconds at L.)
        int size = c.parameters().size();
        int runs = Math.max(1, (int) (c.runs() * runsScale));
        runs = (runs + size - 1) / size * size;
        List<Map<String, Object>> params = c.parameters();
        // Warm by count, by time and until the JIT is quiet: on 2 slow cores a light question needs
        // thousands of requests (tens of seconds), and search kept the C2 compiler busy (60% of a
        // core, recompiling Lucene's token filters) for about two minutes; a count alone measured the JIT.
        long started0 = System.nanoTime();
        long minimum = started0 + warmupSeconds * 1_000_000_000L;
        long maximum = started0 + Math.max(warmupSeconds, MAX_WARMUP_SECONDS) * 1_000_000_000L;
        var compiler = ManagementFactory.getCompilationMXBean();
        long windowStart = System.nanoTime();
        long compiledAtWindowStart = compiler.getTotalCompilationTime();
        boolean quiet = false;
        for (int i = 0; i < warmup || !quiet; i++) {
            post(c.document(), params.get(i % params.size()));
            long now = System.nanoTime();
            if (now - windowStart >= WARMUP_WINDOW_NANOS) {
                long compiling = compiler.getTotalCompilationTime() - compiledAtWindowStart;
                quiet = now >= maximum || (now >= minimum && compiling * 1_000_000L < (now - windowStart) / 50);
                windowStart = now;
                compiledAtWindowStart = compiler.getTotalCompilationTime();
            }
        }
        double warmedSeconds = (System.nanoTime() - started0) / 1e9;
        // The statements the service sends for each parameter set: the floor replays them.
        List<List<Query>> statements = new ArrayList<>();
        for (Map<String, Object> p : params) {
            statements.add(computing(c.document(), p));
        }
        Histogram http = histogram();
        // The same runs apart: service hubs, service others, floor hubs, floor others.
        Histogram[] apart = {histogram(), histogram(), histogram(), histogram()};
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            post(c.document(), params.get(i % params.size()));
            long micros = (System.nanoTime() - t) / 1000;
            http.recordValue(micros);
            apart[i % params.size() < c.hubs() ? 0 : 1].recordValue(micros);
        }
        double rate = runs / ((System.nanoTime() - started) / 1e9);
        Histogram floor = histogram();
        for (int i = 0; i < warmup + runs; i++) {
            long t = System.nanoTime();
            // The measured runs start at the first parameter set, as the service's did.
            int set = Math.floorMod(i - warmup, params.size());
            replay(statements.get(set));
            if (i >= warmup) {
                long micros = (System.nanoTime() - t) / 1000;
                floor.recordValue(micros);
                apart[set < c.hubs() ? 2 : 3].recordValue(micros);
            }
        }
        Histogram baseline = null;
        String same = "";
        if (c.baseline() != null) {
            baseline = histogram();
            int baselineRuns = Math.max(1, (int) (c.baselineRuns() * scale));
            for (int i = 0; i < Math.min(4, baselineRuns); i++) {
                c.baseline().apply(params.get(i % params.size()));
            }
            for (int i = 0; i < baselineRuns; i++) {
                long t = System.nanoTime();
                c.baseline().apply(params.get(i % params.size()));
                baseline.recordValue((System.nanoTime() - t) / 1000);
            }
            same = sameAnswer(c, params.get(params.size() - 1));
        }
        System.out.printf("%s (warm-up %.0f s): p50 %.2f ms, floor %.2f ms%s%n", c.name(), warmedSeconds, ms(http, 50), ms(floor, 50),
                baseline == null ? "" : ", baseline %.2f ms".formatted(ms(baseline, 50)));
        return new Result(c, http, rate, floor, baseline, same, warmedSeconds, apart);
    }

    /**
     * The statements the service sends to compute an answer, for the floor to replay: the hub cache
     * is emptied first, or a hub's kept answer would send none and its floor would cost nothing.
     */
    private List<Query> computing(String document, Map<String, Object> p) {
        hubs.clear();
        return recorder.record(() -> post(document, p));
    }

    /** Compares the baseline's answer with the service's for one parameter set (ids in order, or counts). */
    private String sameAnswer(Case c, Map<String, Object> p) {
        JsonNode data = JSON.readTree(post(c.document(), p)).get("data");
        Object answer = c.baseline().apply(p);
        boolean same;
        if (answer instanceof NaiveEcosystem.Answer e) {
            JsonNode eco = data.get("ecosystem");
            same = eco.get("actorCount").asInt() == e.actors() && eco.get("allianceCount").asInt() == e.alliances()
                    && eco.get("subgraph").get("nodes").size() == e.subgraphNodes()
                    && eco.get("keyActors").get("byPartners").get(0).get("organisation").get("id").asString()
                            .equals(e.mostPartnered());
        } else {
            @SuppressWarnings("unchecked")
            List<NaiveBaseline.Partner> partners = (List<NaiveBaseline.Partner>) answer;
            List<String> expected = partners.stream().map(NaiveBaseline.Partner::id).toList();
            List<String> got = new ArrayList<>();
            JsonNode list = data.has("organisation") ? data.get("organisation").get("partners") : data.get("partners").get("edges");
            list.forEach(n -> got.add(n.get("organisation").get("id").asString()));
            same = got.equals(expected);
        }
        return same ? "yes" : "NO";
    }

    /** Runs {@code request(i)} from {@code clients} threads for {@code seconds}; i counts each thread's requests from its index. */
    private String load(String what, IntConsumer request, int clients, int seconds) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Histogram latency = histogram();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int offset = c;
                pool.submit(() -> {
                    Histogram mine = histogram();
                    for (int i = offset; System.nanoTime() < end; i++) {
                        long t = System.nanoTime();
                        try {
                            request.accept(i);
                            ok.incrementAndGet();
                            mine.recordValue((System.nanoTime() - t) / 1000);
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                    synchronized (latency) {
                        latency.add(mine);
                    }
                    HttpConnection used = connection.get(); // this pool's threads end here
                    if (used != null) {
                        used.close();
                        connection.remove();
                    }
                });
            }
        }
        double rate = ok.get() / (double) seconds;
        String line = "%d clients, %s, %d s: %.0f requests/s, %d errors, p50 %.1f ms, p99 %.1f ms"
                .formatted(clients, what, seconds, rate, failed.get(), ms(latency, 50), ms(latency, 99));
        System.out.println(line);
        return line;
    }

    /** This thread's connection, opened on first use and closed at the end of the run. */
    private HttpConnection connection() {
        HttpConnection c = connection.get();
        if (c == null) {
            c = new HttpConnection("127.0.0.1", port, "/graphql");
            connection.set(c);
            synchronized (connections) {
                connections.add(c);
            }
        }
        return c;
    }

    /** Posts one GraphQL request; any HTTP or GraphQL error fails the run. */
    private String post(String document, Map<String, Object> variables) {
        byte[] body = bodies.computeIfAbsent(List.of(document, variables), k -> {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("query", document);
            request.put("variables", variables);
            return JSON.writeValueAsBytes(request);
        });
        int status;
        String answer;
        if (jdkHttp == null) {
            HttpConnection.Response response = connection().post(body);
            status = response.status();
            answer = response.body();
        } else {
            try {
                HttpResponse<String> response = jdkHttp.send(HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                answer = response.body();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (status != 200 || answer.contains("\"errors\"")) {
            throw new IllegalStateException("HTTP " + status + ": " + answer);
        }
        return answer;
    }

    /**
     * A fixed single-threaded CPU task (best of 3): this shared machine's speed drifted by 2.5x between
     * sessions of one day, so each table says how fast the machine was while it was measured.
     */
    static double cpuCheck() {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            long x = 0;
            for (long i = 0; i < 300_000_000L; i++) {
                x += i * i ^ (x >>> 3);
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e6 + (x == 42 ? 1 : 0));
        }
        return best;
    }

    private String cpuCheck = "";

    private void replay(List<Query> statements) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            session.executeRead(tx -> {
                statements.forEach(q -> tx.run(q).list());
                return null;
            });
        }
    }

    private List<String> read(String cypher) {
        return read(cypher, Map.of());
    }

    private List<String> read(String cypher, Map<String, Object> params) {
        return values(driver, cypher, params);
    }

    /** The {@code v} column of a statement's rows, as strings. */
    static List<String> values(Driver driver, String cypher, Map<String, Object> params) {
        try (Session session = driver.session()) {
            return session.run(cypher, params).list(r -> r.get("v").asString());
        }
    }

    /** The sample, with the territory of this level that the most alliances act in (directly or below) first. */
    static String largest(Driver driver, String level) {
        try (Session session = driver.session()) {
            return session.run("""
                    MATCH (a:Alliance)-[:ACTS_IN]->(:Territory)-[:PART_OF*0..3]->(t:Territory {level: $level})
                    RETURN t.id AS v, count(DISTINCT a) AS n ORDER BY n DESC, v LIMIT 1""", Map.of("level", level))
                    .single().get("v").asString();
        }
    }

    private List<String> withLargest(List<String> sample, String level) {
        return withLargest(driver, sample, level);
    }

    /** The territory of this level that the most alliances act in, then the sample's others. */
    static List<String> withLargest(Driver driver, List<String> sample, String level) {
        String largest = largest(driver, level);
        List<String> all = new ArrayList<>(List.of(largest));
        sample.stream().filter(t -> !t.equals(largest)).forEach(all::add);
        return all;
    }

    static List<String> pick(List<String> from, int n, Random random) {
        List<String> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    static Histogram histogram() {
        return new Histogram(3_600_000_000L, 3);
    }

    static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }

    private String table(List<Result> results, String load) {
        StringBuilder b = new StringBuilder();
        b.append("Dataset %s, %s, %d cores, JDK %s, max heap %d MB, %s; warm-up at least %d s per question, then until the JIT is quiet (column \"warm-up\"); CPU check (fixed loop): %s; HTTP client: %s; hub cache: %s%n%n"
                .formatted(size, LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name"), warmupSeconds, cpuCheck,
                jdkHttp == null ? "one keep-alive connection per client (HttpConnection)" : "java.net.http.HttpClient",
                hubs.active() ? "on, organisations in %d+ alliances (the floor replays what computing their answers sends)"
                        .formatted(hubs.minMemberships()) : "off"));
        b.append("| dataset | query | target p50 / p95 (ms) | alliance-graph p50 / p95 / p99 (ms) | req/s (1 client) "
                + "| floor p50 / p95 / p99 (ms) | ÷ floor (p50) | baseline p50 / p95 / p99 (ms) | baseline ÷ alliance-graph (p50) | same answer | warm-up |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            b.append("| %s | %s | %s | %s | %.0f | %s | %.2f× | %s | %s | %s | %.0f s |%n".formatted(size, r.c().name(), r.c().target(),
                    triple(r.http()), r.httpRate(), triple(r.floor()), ms(r.http(), 50) / ms(r.floor(), 50),
                    r.baseline() == null ? "—" : triple(r.baseline()),
                    r.baseline() == null ? "—" : "%.1f×".formatted(ms(r.baseline(), 50) / ms(r.http(), 50)),
                    r.same().isEmpty() ? "—" : r.same(), r.warmedSeconds()));
        }
        for (Result r : results) {
            if (r.c().hubs() > 0) {
                Histogram[] a = r.apart();
                b.append("\n%s, the same runs apart (p50 / p95 / p99, ms): the %d hubs %s (floor %s, %d runs); the %d others %s (floor %s, %d runs)%n"
                        .formatted(r.c().name(), r.c().hubs(), triple(a[0]), triple(a[2]), a[0].getTotalCount(),
                                r.c().parameters().size() - r.c().hubs(), triple(a[1]), triple(a[3]), a[1].getTotalCount()));
            }
        }
        b.append("\nThroughput: ").append(load).append('\n');
        return b.toString();
    }

    private static String triple(Histogram h) {
        return "%.2f / %.2f / %.2f".formatted(ms(h, 50), ms(h, 95), ms(h, 99));
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
        }
        return options;
    }
}

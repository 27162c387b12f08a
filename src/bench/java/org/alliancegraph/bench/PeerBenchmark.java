package org.alliancegraph.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.HdrHistogram.Histogram;
import org.alliancegraph.api.NameQuery;
import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.graph.HubCache;
import org.alliancegraph.neo4j.EmbeddedNeo4jProperties;
import org.alliancegraph.support.StatementRecorder;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * alliance-graph against its peer, {@code @neo4j/graphql} (src/bench/peer), on the same embedded
 * database of a synthetic graph: the peer is a Node.js process reaching that database over Bolt.
 * For each question both answer the same parameter sets; the answers are compared (id by id, or
 * after the client reduces the peer's nested selection where the library cannot express the
 * question) before any timing; then one request to each in turn, the order alternating, one client,
 * warm. Also prints the floor: the statements alliance-graph sent, replayed through the driver.
 * <p>
 * {@code mvn -Pbench verify -Dbench.size=M -Dbench.main=org.alliancegraph.bench.PeerBenchmark}
 * ({@code -Dbench.args="--parts=orgs-dept,search --runs=200 --warmup-seconds=10 --hubs=false"}; {@code
 * --warmup-pairs=600} warms with 600 requests to each in turn instead, as a client that has just started).
 */
public final class PeerBenchmark {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One question asked of both. {@code ours}/{@code peer} reduce each answer to the same comparable
     * value; {@code reduced} says what the client does to the peer's answer (untimed) when the
     * library cannot express the question.
     */
    record Question(String key, String name, String ours, String peer, List<Map<String, Object>> parameters,
            Function<Map<String, Object>, Map<String, Object>> peerVariables, Function<JsonNode, Object> oursAnswer,
            Function<JsonNode, Object> peerAnswer, String reduced, String target, java.util.function.BiPredicate<Object, Object> agrees) {

        Question(String key, String name, String ours, String peer, List<Map<String, Object>> parameters,
                Function<Map<String, Object>, Map<String, Object>> peerVariables, Function<JsonNode, Object> oursAnswer,
                Function<JsonNode, Object> peerAnswer, String reduced, String target) {
            this(key, name, ours, peer, parameters, peerVariables, oursAnswer, peerAnswer, reduced, target, Objects::equals);
        }
    }

    record Result(Question q, Histogram ours, Histogram peer, Histogram floor, String same, List<Integer> sizes, long hits,
            int statements, Histogram alone) {
    }

    // Territory within X, as the service means it (cypher/filters/organisation.cypher, territory): X itself, a territory of X, or a
    // territory of one of X's parts that is no EPCI (an EPCI can span départements: the Métropole du
    // Grand Paris would put Paris in the Val-d'Oise). The synthetic graphs' organisations are in
    // communes, whose parents are a département and an EPCI; an EPCI's parents are départements.
    static final String WITHIN = "{OR: [{id: {eq: $t}}, {partOf: {some: {id: {eq: $t}}}}, "
            + "{partOf: {some: {NOT: {level: {eq: \"EPCI\"}}, partOf: {some: {id: {eq: $t}}}}}}]}";

    static final String OURS_ORGS_IN = """
            query($t: ID!) { organisations(filter: {territory: $t}, first: 50) { totalCount edges { node { id name } } } }""";
    static final String PEER_ORGS_IN = """
            query($t: ID!) { organisationsConnection(first: 50, sort: [{name: ASC}, {id: ASC}], where: {locatedIn: {some: %s}}) {
              totalCount edges { node { id name } } } }""".formatted(WITHIN);
    static final String OURS_MODE_TARGET = """
            query($mode: AllianceMode!, $target: String!) { alliances(filter: {modes: [$mode], sdgTarget: $target}, first: 50) {
              totalCount edges { node { id name } } } }""";
    static final String PEER_MODE_TARGET = """
            query($mode: String!, $target: ID!) { alliancesConnection(first: 50, sort: [{name: ASC}, {id: ASC}],
                where: {mode: {eq: $mode}, contributesTo: {some: {code: {eq: $target}}}}) { totalCount edges { node { id name } } } }""";
    static final String OURS_ACTING = """
            query($t: ID!, $phases: [InnovationPhase!], $day: Date!) { alliances(filter: {territory: $t, phases: $phases, activeAt: $day}, first: 50) {
              edges { node { id name } } } }""";
    // In force on the day as the service means it (AllianceFilter.activeAt): started by then or no start
    // date, not ended before, and not marked ended without an end date.
    static final String PEER_ACTING = """
            query($t: ID!, $phases: [String!], $day: Date!) { alliancesConnection(first: 50, sort: [{name: ASC}, {id: ASC}],
                where: {currentPhase: {in: $phases}, actsIn: {some: %s},
                        AND: [{OR: [{startDate: {eq: null}}, {startDate: {lte: $day}}]},
                              {OR: [{endDate: {eq: null}}, {endDate: {gte: $day}}]},
                              {NOT: {AND: [{status: {eq: "TERMINEE"}}, {endDate: {eq: null}}]}}]}) {
              edges { node { id name } } } }""".formatted(WITHIN);
    static final String OURS_NESTED = """
            query($id: ID!) { organisation(id: $id) { id name memberships { role alliance { id name
              partners { role organisation { id name } } } } } }""";
    static final String PEER_NESTED = """
            query($id: ID!) { organisations(where: {id: {eq: $id}}) { id name membershipsConnection { edges { properties { role }
              node { id name partnersConnection { edges { properties { role } node { id name } } } } } } } }""";
    static final String OURS_DIRECT = """
            query($id: ID!) { organisation(id: $id) { partners(first: 50) { sharedAllianceCount organisation { id name } } } }""";
    static final String PEER_DIRECT = """
            query($id: ID!) { organisations(where: {id: {eq: $id}}) { id memberships { id partners { id name } } } }""";
    static final String OURS_DEPTH2 = """
            query($id: ID!) { partners(organisation: $id, depth: 2, first: 50) { totalCount totalCountCapped edges { distance organisation { id name } } } }""";
    static final String PEER_DEPTH2 = """
            query($id: ID!) { organisations(where: {id: {eq: $id}}) { id memberships { id partners { id memberships { id partners { id } } } } } }""";
    static final String OURS_SEARCH = """
            query($text: String!) { search(text: $text, first: 20) { score
              node { __typename ... on Organisation { id name } ... on Alliance { id name } ... on Programme { id name } } } }""";
    static final String PEER_SEARCH = """
            query($phrase: String!) {
              o: searchOrganisations(phrase: $phrase, first: 20) { edges { score node { id name } } }
              a: searchAlliances(phrase: $phrase, first: 20) { edges { score node { id name } } }
              p: searchProgrammes(phrase: $phrase, first: 20) { edges { score node { id name } } } }""";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        SyntheticGraph.Size size = SyntheticGraph.Size.valueOf(options.getOrDefault("size", "S").toUpperCase(Locale.ROOT));
        Path root = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath();
        int runs = Integer.parseInt(options.getOrDefault("runs", "300"));
        int warmupSeconds = Integer.parseInt(options.getOrDefault("warmup-seconds", "20"));
        int warmupPairs = Integer.parseInt(options.getOrDefault("warmup-pairs", "0"));
        boolean withHubs = Boolean.parseBoolean(options.getOrDefault("hubs", "true"));
        Set<String> parts = options.containsKey("parts") ? Set.of(options.get("parts").split(",")) : null;
        BenchService.Started started = BenchService.start(size, root, options.getOrDefault("page-cache", "512m"), true);
        Process peer = null;
        try {
            RegistryOverlay.apply(started, root, options);
            String bolt = started.context().getBean(Neo4jConnectionDetails.class).getUri().toString();
            // The embedded database's Bolt password, kept in its data directory (owner-only).
            Path password = started.context().getBean(EmbeddedNeo4jProperties.class).dataDirectory().toAbsolutePath()
                    .resolve("bolt-password");
            peer = startPeer(bolt, Files.readString(password).strip());
            int peerPort = peerPort(peer);
            new PeerBenchmark(started.context(), started.port(), peerPort, size, runs, warmupSeconds, warmupPairs)
                    .run(root.resolve("peer-" + size + ".md"), parts, withHubs);
        } finally {
            if (peer != null) {
                peer.destroy();
                peer.waitFor(10, TimeUnit.SECONDS);
            }
            started.context().close();
        }
    }

    /** The peer's process, its packages installed from package-lock.json on first use. */
    static Process startPeer(String bolt, String password) throws Exception {
        Path dir = Path.of("src/bench/peer").toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("node_modules/@neo4j/graphql"))) {
            Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(dir.toFile()).inheritIO().start();
            if (install.waitFor() != 0) {
                throw new IllegalStateException("npm ci failed in " + dir);
            }
        }
        return new ProcessBuilder("node", "server.mjs", "--bolt", bolt, "--user", "neo4j", "--password", password).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    static int peerPort(Process peer) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(peer.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("peer listening on ")) {
            throw new IllegalStateException("the peer did not start: " + line);
        }
        Thread drain = new Thread(() -> out.lines().forEach(System.out::println), "peer-stdout");
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(line.substring("peer listening on ".length()).strip());
    }

    private final StatementRecorder recorder;
    private final HubCache hubs;
    private final Driver driver;
    private final HttpConnection ours;
    private final HttpConnection peer;
    private final SyntheticGraph.Size size;
    private final int runs;
    private final int warmupSeconds;
    private final int warmupPairs;
    private final Map<List<Object>, byte[]> bodies = new HashMap<>();

    PeerBenchmark(ConfigurableApplicationContext context, int port, int peerPort, SyntheticGraph.Size size, int runs,
            int warmupSeconds, int warmupPairs) {
        this.recorder = context.getBean(StatementRecorder.class);
        this.hubs = context.getBean(HubCache.class);
        this.driver = recorder.raw();
        this.ours = new HttpConnection("127.0.0.1", port, "/graphql");
        this.peer = new HttpConnection("127.0.0.1", peerPort, "/graphql");
        this.size = size;
        this.runs = runs;
        this.warmupSeconds = warmupSeconds;
        this.warmupPairs = warmupPairs;
    }

    void run(Path out, Set<String> parts, boolean withHubs) throws Exception {
        Random random = new Random(42);
        // Random organisations, and the three national hubs among them as users ask for them too
        // (about 300 alliances each at M; left out at L, where a hub's nested selection is megabytes
        // for both, and with --hubs=false).
        List<String> organisations = read("MATCH (o:Organisation) WHERE o.id STARTS WITH 'syn-o' RETURN o.id AS v ORDER BY v");
        boolean hubsIn = withHubs && size != SyntheticGraph.Size.L;
        List<String> sample = new ArrayList<>(pick(organisations.subList(3, organisations.size()), hubsIn ? 29 : 32, random));
        if (hubsIn) {
            sample.addAll(organisations.subList(0, 3));
        }
        List<Map<String, Object>> byOrganisation = sample.stream().map(id -> Map.<String, Object>of("id", id)).toList();
        List<String> names = read("MATCH (o:Organisation) WHERE o.id IN $ids RETURN o.name AS v", Map.of("ids", sample));
        // Names as typed, and common words, which match thousands of names to rank.
        List<Map<String, Object>> texts = new ArrayList<>(names.stream().map(n -> Map.<String, Object>of("text", n.toLowerCase(Locale.ROOT))).toList());
        for (String common : List.of("association 400", "association", "fondation", "collectif")) {
            texts.add(Map.of("text", common));
        }
        // The same scopes as the scale benchmark's: the largest first, then random ones.
        List<String> departements = Benchmark.withLargest(driver,
                pick(read("MATCH (t:Territory {level: 'DEPARTEMENT'}) RETURN t.id AS v ORDER BY v"), 15, random), "DEPARTEMENT");
        List<String> regions = Benchmark.withLargest(driver,
                pick(read("MATCH (t:Territory {level: 'REGION'}) WHERE toInteger(t.code) > 10 RETURN t.id AS v ORDER BY v"), 5, random),
                "REGION");
        List<Map<String, Object>> byDepartement = departements.stream().map(t -> Map.<String, Object>of("t", t)).toList();
        List<Map<String, Object>> byRegion = regions.stream().map(t -> Map.<String, Object>of("t", t)).toList();
        // Mode and target pairs that exist: those of random alliances.
        List<Map<String, Object>> modeTargets = new ArrayList<>();
        try (Session session = driver.session()) {
            session.run("""
                    MATCH (a:Alliance)-[:CONTRIBUTES_TO]->(t:SdgTarget) WHERE a.id STARTS WITH 'syn-a'
                    WITH a, min(t.code) AS target ORDER BY a.id LIMIT 20000
                    RETURN a.mode AS mode, target""").list().forEach(r -> modeTargets.add(Map.of("mode", r.get("mode").asString(),
                    "target", r.get("target").asString())));
        }
        java.util.Collections.shuffle(modeTargets, random);
        List<Map<String, Object>> byModeTarget = List.copyOf(new java.util.LinkedHashSet<>(modeTargets).stream().limit(16).toList());
        List<List<String>> phaseSets = List.of(List.of("EXPERIMENTATION"), List.of("MODELISATION", "ESSAIMAGE"),
                List.of("CONCEPTION", "EXPERIMENTATION"));
        List<Map<String, Object>> acting = new ArrayList<>();
        for (int i = 0; i < byDepartement.size(); i++) {
            acting.add(Map.of("t", departements.get(i), "phases", phaseSets.get(i % phaseSets.size()), "day", "2024-06-30"));
        }
        List<Map<String, Object>> actingRegion = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            actingRegion.add(Map.of("t", regions.get(i), "phases", phaseSets.get(i % phaseSets.size()), "day", "2024-06-30"));
        }

        Function<Map<String, Object>, Map<String, Object>> same = p -> p;
        List<Question> questions = List.of(
                new Question("depth2", "partners at depth 2, first 50, with the total", OURS_DEPTH2, PEER_DEPTH2, byOrganisation, same,
                        PeerBenchmark::oursDepth2, PeerBenchmark::peerDepth2,
                        "the client walks the nested selection (two levels of memberships and partners); the page is checked "
                                + "against every organisation within reach and its distance", "", PeerBenchmark::depth2Agrees),
                new Question("direct", "an organisation's first 50 direct partners", OURS_DIRECT, PEER_DIRECT, byOrganisation, same,
                        PeerBenchmark::oursDirect, PeerBenchmark::peerDirect,
                        "the client counts shared alliances per partner and sorts (most shared, name, id)", ""),
                new Question("search", "full-text search, first 20", OURS_SEARCH, PEER_SEARCH, texts,
                        p -> Map.of("phrase", NameQuery.lucene((String) p.get("text"))), PeerBenchmark::oursSearch,
                        PeerBenchmark::peerSearch, "the peer searches each label (one request); the client merges by score", "≤ 5"),
                new Question("mode-target", "alliances of one mode contributing to one SDG target, first 50, with the total",
                        OURS_MODE_TARGET, PEER_MODE_TARGET, byModeTarget, same, PeerBenchmark::oursPage, PeerBenchmark::peerPage, "", "≤ 20"),
                new Question("nested", "an organisation, its memberships (role), each alliance's partners (nested selection)",
                        OURS_NESTED, PEER_NESTED, byOrganisation, same, PeerBenchmark::oursNested, PeerBenchmark::peerNested, "", "≤ 15"),
                new Question("orgs-dept", "organisations located in a département, first 50, with the total", OURS_ORGS_IN,
                        PEER_ORGS_IN, byDepartement, same, PeerBenchmark::oursPage, PeerBenchmark::peerPage, "", "≤ 20"),
                new Question("orgs-region", "organisations located in a région, first 50, with the total", OURS_ORGS_IN,
                        PEER_ORGS_IN, byRegion, same, PeerBenchmark::oursPage, PeerBenchmark::peerPage, "", "≤ 50"),
                new Question("acting-dept", "alliances acting in a département, by phase, in force on a day, first 50",
                        OURS_ACTING, PEER_ACTING, acting, same, PeerBenchmark::oursPage, PeerBenchmark::peerPage, "", "≤ 30"),
                new Question("acting-region", "alliances acting in a région, by phase, in force on a day, first 50",
                        OURS_ACTING, PEER_ACTING, actingRegion, same, PeerBenchmark::oursPage, PeerBenchmark::peerPage, "", "≤ 30"));

        String cpu = "%.0f ms".formatted(Benchmark.cpuCheck());
        List<Result> results = new ArrayList<>();
        for (Question q : questions) {
            if (parts == null || parts.contains(q.key())) {
                results.add(measure(q));
            }
        }
        cpu += " before, %.0f ms after".formatted(Benchmark.cpuCheck());
        String table = table(results, cpu);
        System.out.println(table);
        Files.writeString(out, table);
        System.out.println("Written to " + out);
        ours.close();
        peer.close();
    }

    private Result measure(Question q) {
        List<Map<String, Object>> params = q.parameters();
        // The peer asked once per parameter set first: with the registries loaded it may not answer within
        // the database's transaction time limit at all, and then alliance-graph is measured alone.
        String peerFailure = null;
        int peerFailed = 0;
        for (Map<String, Object> p : params) {
            try {
                askPeer(q, p);
            } catch (IllegalStateException e) {
                // One failure says it: each costs the database's whole time limit.
                peerFailed++;
                peerFailure = p + ": " + e.getMessage().substring(0, Math.min(220, e.getMessage().length()));
                break;
            }
        }
        if (peerFailed > 0) {
            System.out.printf("  the peer did not answer: %s%n", peerFailure);
            return measureAlone(q, "the peer did not answer (%s)".formatted(peerFailure));
        }
        // Warm both for the same time, until the JIT of this JVM is quiet: whoever has had less time so
        // far is asked next. One request each in turn would give alliance-graph a few dozen requests of
        // warm-up where the peer takes a second and a half per answer (a département at L), and measure
        // a cold service.
        long started = System.nanoTime();
        long oursWarm = 0;
        long peerWarm = 0;
        int oursAsked = 0;
        int peerAsked = 0;
        long minimum = started + warmupSeconds * 1_000_000_000L;
        long maximum = started + 4L * warmupSeconds * 1_000_000_000L;
        var compiler = ManagementFactory.getCompilationMXBean();
        long windowStart = System.nanoTime();
        long compiled = compiler.getTotalCompilationTime();
        // --warmup-pairs=N: N requests to each in turn, and no more (a short warm-up, as a client that
        // has just started sees).
        boolean quiet = warmupPairs > 0;
        for (int i = 0; i < warmupPairs; i++) {
            Map<String, Object> p = params.get(i % params.size());
            askOurs(q, p);
            askPeer(q, p);
            oursAsked++;
            peerAsked++;
        }
        while (!quiet) {
            if (oursWarm <= peerWarm) {
                Map<String, Object> p = params.get(oursAsked++ % params.size());
                oursWarm += time(() -> askOurs(q, p));
            } else {
                Map<String, Object> p = params.get(peerAsked++ % params.size());
                peerWarm += time(() -> askPeer(q, p));
            }
            long now = System.nanoTime();
            if (now - windowStart >= 5_000_000_000L) {
                long compiling = compiler.getTotalCompilationTime() - compiled;
                quiet = now >= maximum || (now >= minimum && compiling * 1_000_000L < (now - windowStart) / 50);
                windowStart = now;
                compiled = compiler.getTotalCompilationTime();
            }
        }
        System.out.printf("  warm-up: %.1f s, alliance-graph %,d requests, peer %,d%n", (System.nanoTime() - started) / 1e9, oursAsked,
                peerAsked);
        // alliance-graph alone, back to back: what the targets are about. Interleaved, each of its requests
        // follows one of the peer's on the same database (and in the same JVM as Neo4j, its garbage).
        Histogram alone = histogram();
        Map<Integer, Histogram> perSet = new HashMap<>();
        for (int i = 0; i < (runs + params.size() - 1) / params.size() * params.size(); i++) {
            Map<String, Object> p = params.get(i % params.size());
            long t = time(() -> askOurs(q, p));
            alone.recordValue(t);
            perSet.computeIfAbsent(i % params.size(), k -> histogram()).recordValue(t);
        }
        // The slowest parameter set, to tell a slow case from a slow machine moment.
        perSet.entrySet().stream().max(java.util.Map.Entry.comparingByValue(Comparator.comparingLong(h -> h.getValueAtPercentile(50))))
                .ifPresent(e -> System.out.printf("  slowest parameter set alone: %s, p50 %.2f ms over %d runs%n", params.get(e.getKey()),
                        ms(e.getValue(), 50), e.getValue().getTotalCount()));
        // The answers, compared before any timing.
        int equal = 0;
        List<Integer> sizes = new ArrayList<>();
        String firstDifference = null;
        for (Map<String, Object> p : params) {
            Object a = q.oursAnswer().apply(JSON.readTree(askOurs(q, p)).get("data"));
            Object b = q.peerAnswer().apply(JSON.readTree(askPeer(q, p)).get("data"));
            if (q.agrees().test(a, b)) {
                equal++;
            } else if (firstDifference == null) {
                firstDifference = p + ": alliance-graph " + abbreviate(a) + " / peer " + abbreviate(b);
            }
            sizes.add(a instanceof Answer answer ? answer.size() : -1);
        }
        String same = equal == params.size() ? "yes (%d of %d)".formatted(equal, params.size())
                : "NO (%d of %d equal; first difference %s)".formatted(equal, params.size(), firstDifference);
        // Timed: one request each in turn, who goes first alternating.
        Histogram mine = histogram();
        Histogram theirs = histogram();
        int total = (runs + params.size() - 1) / params.size() * params.size();
        for (int i = 0; i < total; i++) {
            Map<String, Object> p = params.get(i % params.size());
            if (i % 2 == 0) {
                mine.recordValue(time(() -> askOurs(q, p)));
                theirs.recordValue(time(() -> askPeer(q, p)));
            } else {
                theirs.recordValue(time(() -> askPeer(q, p)));
                mine.recordValue(time(() -> askOurs(q, p)));
            }
        }
        // The floor: the statements alliance-graph sent for each parameter set, through the driver.
        List<List<Query>> statements = statements(q);
        Histogram floor = floor(statements, total);
        // Database hits of alliance-graph's statements (PROFILE), the median over the parameter sets.
        List<Long> hits = new ArrayList<>();
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            for (int i = 0; i < statements.size(); i++) {
                long sum = 0;
                for (Query s : statements.get(i)) {
                    var plan = session.executeRead(tx -> tx.run(s.withText("PROFILE " + s.text())).consume().profile());
                    long h = ExportProfile.total(plan);
                    sum += h;
                    if (i == 0) {
                        System.out.printf("  %,d db hits: %s%n", h, s.text().replace("\n", " ").substring(0, Math.min(160, s.text().length())));
                    }
                }
                hits.add(sum);
            }
        }
        hits.sort(null);
        System.out.printf("%s: alliance-graph p50 %.2f ms, peer p50 %.2f ms, floor %.2f ms, same: %s (%d statements, %,d db hits)%n", q.name(),
                ms(mine, 50), ms(theirs, 50), ms(floor, 50), same, statements.getFirst().size(), hits.get(hits.size() / 2));
        return new Result(q, mine, theirs, floor, same, sizes, hits.get(hits.size() / 2), statements.getFirst().size(), alone);
    }

    /** alliance-graph alone, when the peer cannot answer: warm-up, timed runs, floor and db hits; no comparison. */
    private Result measureAlone(Question q, String why) {
        List<Map<String, Object>> params = q.parameters();
        long end = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < end; i++) {
            askOurs(q, params.get(i % params.size()));
        }
        Histogram alone = histogram();
        List<Integer> sizes = new ArrayList<>();
        for (Map<String, Object> p : params) {
            Object a = q.oursAnswer().apply(JSON.readTree(askOurs(q, p)).get("data"));
            sizes.add(a instanceof Answer answer ? answer.size() : -1);
        }
        int total = (runs + params.size() - 1) / params.size() * params.size();
        for (int i = 0; i < total; i++) {
            Map<String, Object> p = params.get(i % params.size());
            alone.recordValue(time(() -> askOurs(q, p)));
        }
        List<List<Query>> statements = statements(q);
        Histogram floor = floor(statements, total);
        System.out.printf("%s: alliance-graph alone p50 %.2f ms, p95 %.2f ms, floor %.2f ms; %s%n", q.name(), ms(alone, 50), ms(alone, 95),
                ms(floor, 50), why);
        return new Result(q, alone, null, floor, why, sizes, -1, statements.getFirst().size(), alone);
    }

    /** The statements alliance-graph sends for each parameter set (hub answers not kept, so they are sent). */
    private List<List<Query>> statements(Question q) {
        List<List<Query>> statements = new ArrayList<>();
        for (Map<String, Object> p : q.parameters()) {
            hubs.clear();
            statements.add(recorder.record(() -> askOurs(q, p)));
        }
        return statements;
    }

    /** The floor: those statements replayed through the driver, {@code total} times after one round of warm-up. */
    private Histogram floor(List<List<Query>> statements, int total) {
        Histogram floor = histogram();
        for (int i = 0; i < total + statements.size(); i++) {
            List<Query> st = statements.get(i % statements.size());
            long t = time(() -> replay(st));
            if (i >= statements.size()) {
                floor.recordValue(t);
            }
        }
        return floor;
    }

    private String askOurs(Question q, Map<String, Object> p) {
        return post(ours, q.ours(), p);
    }

    private String askPeer(Question q, Map<String, Object> p) {
        return post(peer, q.peer(), q.peerVariables().apply(p));
    }

    private String post(HttpConnection connection, String document, Map<String, Object> variables) {
        byte[] body = bodies.computeIfAbsent(List.of(document, variables), k -> {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("query", document);
            request.put("variables", variables);
            return JSON.writeValueAsBytes(request);
        });
        HttpConnection.Response response = connection.post(body);
        if (response.status() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException((connection == ours ? "alliance-graph" : "peer") + " HTTP " + response.status() + ": "
                    + response.body().substring(0, Math.min(2000, response.body().length())));
        }
        return response.body();
    }

    private void replay(List<Query> statements) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            session.executeRead(tx -> {
                statements.forEach(s -> tx.run(s).list());
                return null;
            });
        }
    }

    // ---- answers reduced to comparable values ----

    /** A comparable answer: the total (or -1) and the ids (or richer strings) in order. */
    record Answer(int total, List<String> items) {
        int size() {
            return total >= 0 ? total : total < -1 ? -total : items.size();
        }
    }

    static Answer oursPage(JsonNode data) {
        JsonNode c = data.properties().iterator().next().getValue();
        return new Answer(c.has("totalCount") ? c.get("totalCount").asInt() : -1, ids(c.get("edges"), e -> e.get("node")));
    }

    static Answer peerPage(JsonNode data) {
        return oursPage(data);
    }

    static Answer oursDirect(JsonNode data) {
        List<String> items = new ArrayList<>();
        data.get("organisation").get("partners").forEach(p -> items.add(p.get("organisation").get("id").asString() + "×"
                + p.get("sharedAllianceCount").asInt()));
        return new Answer(-1, items);
    }

    static Answer peerDirect(JsonNode data) {
        JsonNode o = data.get("organisations").get(0);
        String self = o.get("id").asString();
        Map<String, Set<String>> shared = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (JsonNode m : o.get("memberships")) {
            for (JsonNode p : m.get("partners")) {
                String id = p.get("id").asString();
                if (!id.equals(self)) {
                    shared.computeIfAbsent(id, k -> new HashSet<>()).add(m.get("id").asString());
                    names.put(id, p.get("name").asString());
                }
            }
        }
        return new Answer(-1, shared.keySet().stream()
                .sorted(Comparator.<String>comparingInt(id -> -shared.get(id).size()).thenComparing(names::get).thenComparing(id -> id))
                .limit(50).map(id -> id + "×" + shared.get(id).size()).toList());
    }

    static Answer oursDepth2(JsonNode data) {
        JsonNode c = data.get("partners");
        // A capped total (more than 10,000 within reach) is written negative: "at least".
        int total = c.get("totalCount").asInt();
        return new Answer(c.get("totalCountCapped").asBoolean() ? -total : total, ids(c.get("edges"), e -> e.get("organisation"), e -> "@" + e.get("distance").asInt()));
    }

    /**
     * The peer's two nested levels reduced to every organisation within reach and its distance (1 for
     * partners of the origin, 2 for theirs). The selection cannot give the service's order within
     * distance 2 (most shared alliances), so {@link #depth2Agrees} checks the service's page against it:
     * the same total, each listed organisation at the same distance, distance 1 before 2, and the page full.
     */
    static Map<String, Integer> peerDepth2(JsonNode data) {
        JsonNode o = data.get("organisations").get(0);
        Map<String, Integer> distance = new HashMap<>();
        for (JsonNode m : o.get("memberships")) {
            for (JsonNode p : m.get("partners")) {
                distance.put(p.get("id").asString(), 1);
            }
        }
        for (JsonNode m : o.get("memberships")) {
            for (JsonNode p : m.get("partners")) {
                for (JsonNode m2 : p.get("memberships")) {
                    for (JsonNode q : m2.get("partners")) {
                        distance.putIfAbsent(q.get("id").asString(), 2);
                    }
                }
            }
        }
        distance.remove(o.get("id").asString());
        return distance;
    }

    static boolean depth2Agrees(Object oursAnswer, Object peerAnswer) {
        Answer page = (Answer) oursAnswer;
        @SuppressWarnings("unchecked")
        Map<String, Integer> distance = (Map<String, Integer>) peerAnswer;
        boolean totalAgrees = page.total() >= 0 ? page.total() == distance.size() : distance.size() >= -page.total();
        if (!totalAgrees || page.items().size() != Math.min(50, distance.size())) {
            return false;
        }
        int last = 1;
        for (String item : page.items()) {
            int at = item.lastIndexOf('@');
            int d = Integer.parseInt(item.substring(at + 1));
            if (d < last || !Integer.valueOf(d).equals(distance.get(item.substring(0, at)))) {
                return false;
            }
            last = d;
        }
        // Distance 1 first: a page that reaches distance 2 lists every organisation at distance 1.
        long nearest = distance.values().stream().filter(d -> d == 1).count();
        long listedNearest = page.items().stream().filter(i -> i.endsWith("@1")).count();
        return listedNearest == Math.min(nearest, 50);
    }

    static Answer oursSearch(JsonNode data) {
        return searchAnswer(data.get("search"), h -> h.get("node"), h -> h.get("score").asDouble());
    }

    static Answer peerSearch(JsonNode data) {
        List<JsonNode> hits = new ArrayList<>();
        for (String k : List.of("o", "a", "p")) {
            data.get(k).get("edges").forEach(hits::add);
        }
        hits.sort(Comparator.comparingDouble((JsonNode h) -> -h.get("score").asDouble()));
        return searchAnswer(hits.subList(0, Math.min(20, hits.size())), h -> h.get("node"), h -> h.get("score").asDouble());
    }

    /** Scores rounded, and the ids above the last score as a set (ties at the cut may be either). */
    private static Answer searchAnswer(Iterable<JsonNode> hits, Function<JsonNode, JsonNode> node, Function<JsonNode, Double> score) {
        List<Double> scores = new ArrayList<>();
        List<JsonNode> all = new ArrayList<>();
        hits.forEach(h -> {
            all.add(h);
            scores.add(score.apply(h));
        });
        double last = scores.isEmpty() ? 0 : scores.getLast();
        List<String> items = new ArrayList<>();
        scores.forEach(s -> items.add("%.4f".formatted(s)));
        all.stream().filter(h -> score.apply(h) > last + 1e-6).map(h -> node.apply(h).get("id").asString()).sorted()
                .forEach(items::add);
        return new Answer(-1, items);
    }

    static Answer oursNested(JsonNode data) {
        return nested(data.get("organisation").get("memberships"), m -> m.get("alliance"), m -> m.get("role").asString(),
                a -> a.get("partners"), p -> p.get("organisation").get("id").asString() + ":" + p.get("role").asString());
    }

    static Answer peerNested(JsonNode data) {
        return nested(data.get("organisations").get(0).get("membershipsConnection").get("edges"), e -> e.get("node"),
                e -> e.get("properties").get("role").asString(), a -> a.get("partnersConnection").get("edges"),
                e -> e.get("node").get("id").asString() + ":" + e.get("properties").get("role").asString());
    }

    private static Answer nested(JsonNode memberships, Function<JsonNode, JsonNode> alliance, Function<JsonNode, String> role,
            Function<JsonNode, JsonNode> partners, Function<JsonNode, String> partner) {
        List<String> items = new ArrayList<>();
        for (JsonNode m : memberships) {
            JsonNode a = alliance.apply(m);
            List<String> ps = new ArrayList<>();
            partners.apply(a).forEach(p -> ps.add(partner.apply(p)));
            ps.sort(null);
            items.add(a.get("id").asString() + ":" + role.apply(m) + "=" + String.join(",", ps));
        }
        items.sort(null);
        return new Answer(items.size(), items);
    }

    private static List<String> ids(JsonNode list, Function<JsonNode, JsonNode> node) {
        return ids(list, node, e -> "");
    }

    private static List<String> ids(JsonNode list, Function<JsonNode, JsonNode> node, Function<JsonNode, String> suffix) {
        List<String> ids = new ArrayList<>();
        list.forEach(e -> ids.add(node.apply(e).get("id").asString() + suffix.apply(e)));
        return ids;
    }

    // ---- plumbing ----

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    private static long time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1000;
    }

    private List<String> read(String cypher) {
        return Benchmark.values(driver, cypher, Map.of());
    }

    private List<String> read(String cypher, Map<String, Object> params) {
        return Benchmark.values(driver, cypher, params);
    }

    private static List<String> pick(List<String> from, int n, Random random) {
        return Benchmark.pick(from, n, random);
    }

    private static Histogram histogram() {
        return Benchmark.histogram();
    }

    private static double ms(Histogram h, double percentile) {
        return Benchmark.ms(h, percentile);
    }

    private String table(List<Result> results, String cpu) {
        StringBuilder b = new StringBuilder();
        b.append(("Dataset %s, %s, %d cores, JDK %s, max heap %d MB; node %s, @neo4j/graphql (src/bench/peer/package-lock.json); "
                + "one client, one request to each in turn; CPU check (fixed loop): %s%n%n").formatted(size, LocalDate.now(),
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                        Runtime.getRuntime().maxMemory() >> 20, nodeVersion(), cpu));
        b.append("| dataset | question | target p95 at L (ms) | alliance-graph alone p50 / p95 (ms) | alliance-graph p50 / p95 (ms) | @neo4j/graphql p50 / p95 (ms) "
                + "| ratio p50 / p95 | statements, db hits (median) | floor p50 (ms) | ÷ floor (p50) | answer size (median) | same answers | the peer's answer |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            List<Integer> sorted = r.sizes().stream().sorted().toList();
            if (r.peer() == null) {
                b.append("| %s | %s | %s | %.2f / %.2f | — | — | — | %d | %.2f | %.2f× | %d | %s | — |%n".formatted(size, r.q().name(),
                        r.q().target().isEmpty() ? "—" : r.q().target(), ms(r.alone(), 50), ms(r.alone(), 95), r.statements(),
                        ms(r.floor(), 50), ms(r.alone(), 50) / ms(r.floor(), 50), sorted.get(sorted.size() / 2), r.same()));
                continue;
            }
            b.append("| %s | %s | %s | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %d, %,d | %.2f | %.2f× | %d | %s | %s |%n".formatted(size,
                    r.q().name(), r.q().target().isEmpty() ? "—" : r.q().target(), ms(r.alone(), 50), ms(r.alone(), 95),
                    ms(r.ours(), 50), ms(r.ours(), 95),
                    ms(r.peer(), 50), ms(r.peer(), 95), ms(r.ours(), 50) / ms(r.peer(), 50), ms(r.ours(), 95) / ms(r.peer(), 95),
                    r.statements(), r.hits(),
                    ms(r.floor(), 50), ms(r.ours(), 50) / ms(r.floor(), 50), sorted.get(sorted.size() / 2), r.same(),
                    r.q().reduced().isEmpty() ? "as asked" : "reduced by the client, untimed: " + r.q().reduced()));
        }
        return b.toString();
    }

    private static String nodeVersion() {
        try {
            Process p = new ProcessBuilder("node", "--version").start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return v;
        } catch (Exception e) {
            return "?";
        }
    }
}

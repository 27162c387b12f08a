package org.alliancegraph.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import org.HdrHistogram.Histogram;
import org.alliancegraph.generator.RnaFileGenerator;
import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.matching.Candidate;
import org.alliancegraph.matching.MatchQuery;
import org.alliancegraph.matching.Matcher;
import org.alliancegraph.registry.RnaImport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The registries issue's figures: an RNA delivery of {@code --rows} associations (generated in the
 * published layout) applied on top of the synthetic graph of {@code --size}, then applied again
 * (nothing to write), with time, rows/s, the heap's peak (sampled) and the store's size; then
 * matching: {@code --queries} names drawn from the delivery and written as people write them
 * (capitals, no accents, the legal-form word dropped or abbreviated, words swapped, a typo, half with
 * the commune), plus names the graph does not hold, each matched alone: precision and recall of the
 * first candidate, precision of {@code match: true}, p50/p95/max per query. Run with
 * {@code mvn -Pbench verify -Dbench.size=S -Dbench.main=org.alliancegraph.bench.RegistryBenchmark -Dbench.args="--rows=2000000"}.
 */
public final class RegistryBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        SyntheticGraph.Size size = SyntheticGraph.Size.valueOf(options.getOrDefault("size", "S").toUpperCase(Locale.ROOT));
        int rows = Integer.parseInt(options.getOrDefault("rows", "200000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "1000"));
        Path root = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath();
        if (options.containsKey("overlay")) {
            matchingOnOverlay(size, root, rows, queries, options);
            return;
        }
        Path deliveryDir = root.resolve("rna-" + rows);
        LocalDate date = LocalDate.of(2026, 12, 1);
        Path delivery = deliveryDir.resolve("rna_waldec_20261201.zip");
        StringBuilder out = new StringBuilder("## RNA delivery and matching: " + String.format(Locale.ROOT, "%,d", rows)
                + " associations on the " + size + " graph\n\nmachine: " + Runtime.getRuntime().availableProcessors()
                + " cores, JDK " + System.getProperty("java.version") + ", heap max " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB\n\n");
        if (!Files.exists(delivery)) {
            long t = System.nanoTime();
            new RnaFileGenerator(42).write(deliveryDir, rows, date);
            out.append(String.format(Locale.ROOT, "- generated in %.1f s, %,d bytes zipped%n", (System.nanoTime() - t) / 1e9, Files.size(delivery)));
        }
        // A store of its own per row count (under the delivery's folder): the first application is the one measured.
        Path db = deliveryDir.resolve(size.name() + "/db");
        BenchService.Started started = BenchService.start(size, deliveryDir, options.getOrDefault("page-cache", "1g"), true);
        try {
            RnaImport rna = started.context().getBean(RnaImport.class);
            HeapPeak peak = new HeapPeak();
            RnaImport.Report first = rna.apply(delivery, RnaImport.DEFAULT_BATCH_SIZE, line -> System.out.println("  " + line));
            long firstPeak = peak.stop();
            out.append(String.format(Locale.ROOT, "- first application: %,d rows in %.1f s (%,.0f rows/s), %,d written, %,d rejected; "
                    + "live heap after collections at most %,d MB; store %,d MB%n", first.read(), first.took().toMillis() / 1000.0,
                    first.read() * 1000.0 / first.took().toMillis(), first.written(), first.rejected(), firstPeak >> 20, size(db) >> 20));
            peak = new HeapPeak();
            RnaImport.Report again = rna.apply(delivery, RnaImport.DEFAULT_BATCH_SIZE, line -> { });
            out.append(String.format(Locale.ROOT, "- same file again: %.1f s (%,.0f rows/s), %,d written; live heap at most %,d MB%n",
                    again.took().toMillis() / 1000.0, again.read() * 1000.0 / again.took().toMillis(), again.written(), peak.stop() >> 20));
            out.append(matching(started.context().getBean(Matcher.class), delivery, queries));
        } finally {
            started.context().close();
        }
        System.out.println(out);
        Files.writeString(root.resolve("results-registry-" + rows + ".md"), out.toString());
    }

    /**
     * The matching alone on the store {@link RegistryOverlay} built (the graph of {@code --size} with the
     * RNA delivery of {@code --rows} and SIRENE's ESS selection on top): {@code --overlay} with the same
     * {@code -Dbench.dir}; names drawn from that delivery.
     */
    static void matchingOnOverlay(SyntheticGraph.Size size, Path root, int rows, int queries, Map<String, String> options) throws Exception {
        Path delivery = root.resolve("rna-" + rows).resolve("rna_waldec_20261201.zip");
        BenchService.Started started = BenchService.start(size, root, options.getOrDefault("page-cache", "1g"), true);
        try {
            long organisations = started.context().getBean(org.springframework.data.neo4j.core.Neo4jClient.class)
                    .query("MATCH (o:Organisation) RETURN count(o)").fetchAs(Long.class).one().orElseThrow();
            String out = "## Matching on the " + size + " graph with the registries on top: " + String.format(Locale.ROOT, "%,d", organisations)
                    + " organisations\n\nmachine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                    + System.getProperty("java.version") + ", heap max " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB\n"
                    + matching(started.context().getBean(Matcher.class), delivery, queries);
            System.out.println(out);
            Files.writeString(root.resolve("results-matching-overlay.md"), out);
        } finally {
            started.context().close();
        }
    }

    /** Names drawn from the delivery, written as people write them, and names it does not hold. */
    static String matching(Matcher matcher, Path delivery, int queries) throws Exception {
        List<CSVRecord> sample = sample(delivery, queries, new Random(7));
        Map<String, Integer> namesakes = namesakes(delivery, sample);
        Random random = new Random(11);
        int unique = 0;
        int uniqueRight = 0;
        Histogram latency = new Histogram(3);
        int positives = 0;
        int firstRight = 0;
        int firstAny = 0;
        int matchTrue = 0;
        int matchRight = 0;
        int negatives = 0;
        int negativeMatched = 0;
        List<String> wrongMatches = new ArrayList<>();
        // Warm-up, not counted.
        for (int i = 0; i < Math.min(50, sample.size()); i++) {
            matcher.match(List.of(new MatchQuery(sample.get(i).get("titre"), null, null, null, null, 5)));
        }
        for (CSVRecord r : sample) {
            String expected = "rna-" + r.get("id").toLowerCase(Locale.ROOT);
            String place = random.nextBoolean() ? r.get("adrs_codeinsee") : null;
            MatchQuery q = new MatchQuery(variant(r.get("titre"), random), null, place, null, null, 5);
            long t = System.nanoTime();
            List<Candidate> found = matcher.match(List.of(q)).getFirst();
            latency.recordValue((System.nanoTime() - t) / 1000);
            positives++;
            boolean alone = namesakes.get(plain(r.get("titre"))) == 1;
            if (alone) {
                unique++;
            }
            if (alone && !found.isEmpty() && found.getFirst().organisation().id().equals(expected)) {
                uniqueRight++;
            }
            if (!found.isEmpty()) {
                firstAny++;
                Candidate c = found.getFirst();
                if (c.organisation().id().equals(expected)) {
                    firstRight++;
                }
                if (c.match()) {
                    matchTrue++;
                    if (c.organisation().id().equals(expected)) {
                        matchRight++;
                    } else if (wrongMatches.size() < 10) {
                        wrongMatches.add(q.name() + " @ " + place + " -> " + c.organisation().name() + " (" + c.organisation().id()
                                + "), expected " + r.get("titre") + " (" + expected + ")");
                    }
                }
            }
        }
        String[] absent = {"Collectif des zèbres de", "Ligue d'improvisation théâtrale de", "Société des astronomes amateurs de",
                "Association des apiculteurs urbains de"};
        for (int i = 0; i < queries / 5; i++) {
            CSVRecord r = sample.get(random.nextInt(sample.size()));
            String name = absent[random.nextInt(absent.length)] + " " + r.get("adrs_libcommune");
            long t = System.nanoTime();
            List<Candidate> found = matcher.match(List.of(new MatchQuery(name, null, r.get("adrs_codeinsee"), null, null, 5))).getFirst();
            latency.recordValue((System.nanoTime() - t) / 1000);
            negatives++;
            if (!found.isEmpty() && found.getFirst().match()) {
                negativeMatched++;
                matchTrue++;
                if (wrongMatches.size() < 10) {
                    wrongMatches.add(name + " -> " + found.getFirst().organisation().name());
                }
            }
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%n### Matching: %d names from the delivery written as people write them, "
                + "%d names it does not hold%n%n", positives, negatives));
        b.append(String.format(Locale.ROOT, "- first candidate right: %.3f of the names (recall); a candidate offered for %.3f; "
                + "%d names have namesakes in the delivery (the same words elsewhere); of the %d without, first right %.3f%n",
                firstRight / (double) positives, firstAny / (double) positives, positives - unique, unique,
                uniqueRight / (double) Math.max(1, unique)));
        b.append(String.format(Locale.ROOT, "- match: true on %d answers, right on %d: precision %.3f; recall of match: true %.3f; "
                + "names the graph does not hold taken as a match: %d of %d%n", matchTrue, matchRight,
                matchTrue == 0 ? 1.0 : matchRight / (double) matchTrue, matchRight / (double) positives, negativeMatched, negatives));
        b.append(String.format(Locale.ROOT, "- per query (one name, in process): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(95) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0));
        wrongMatches.forEach(w -> b.append("  - wrong match: ").append(w).append('\n'));
        return b.toString();
    }

    /** One way people write a name: capitals, accents dropped, the legal-form word abbreviated or dropped, words swapped, a typo. */
    static String variant(String name, Random random) {
        String s = name;
        switch (random.nextInt(7)) {
            case 0 -> s = s.toUpperCase(Locale.FRENCH);
            case 1 -> s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            case 2 -> s = s.replaceFirst("(?i)^association ", "Asso. ");
            case 3 -> s = s.replaceFirst("(?i)^association (des |de la |de l'|du |de |d')?", "");
            case 4 -> {
                String[] w = s.split(" ");
                if (w.length > 2) {
                    String first = w[0];
                    w[0] = w[w.length - 1];
                    w[w.length - 1] = first;
                }
                s = String.join(" ", w);
            }
            case 5 -> {
                // A typo in the longest word: two letters swapped.
                String[] w = s.split(" ");
                int longest = 0;
                for (int i = 1; i < w.length; i++) {
                    longest = w[i].length() > w[longest].length() ? i : longest;
                }
                if (w[longest].length() >= 6) {
                    char[] c = w[longest].toCharArray();
                    int at = 2 + random.nextInt(c.length - 3);
                    char x = c[at];
                    c[at] = c[at + 1];
                    c[at + 1] = x;
                    w[longest] = new String(c);
                }
                s = String.join(" ", w);
            }
            default -> s = s.toLowerCase(Locale.FRENCH);
        }
        return s;
    }

    static String plain(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** How many rows of the delivery bear each sampled title (in one form). */
    static Map<String, Integer> namesakes(Path delivery, List<CSVRecord> sample) throws Exception {
        Map<String, Integer> counts = new java.util.HashMap<>();
        sample.forEach(r -> counts.put(plain(r.get("titre")), 0));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(delivery))) {
            while (in.getNextEntry() != null) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (CSVRecord r : CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                        .parse(new java.io.StringReader(text))) {
                    counts.computeIfPresent(plain(r.get("titre")), (k, v) -> v + 1);
                }
            }
        }
        return counts;
    }

    /** {@code n} rows of the delivery, drawn evenly (reservoir sampling), active or not. */
    static List<CSVRecord> sample(Path delivery, int n, Random random) throws Exception {
        List<CSVRecord> sample = new ArrayList<>();
        long seen = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(delivery))) {
            while (in.getNextEntry() != null) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (CSVRecord r : CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                        .parse(new java.io.StringReader(text))) {
                    seen++;
                    if (sample.size() < n) {
                        sample.add(r);
                    } else {
                        long j = (long) (random.nextDouble() * seen);
                        if (j < n) {
                            sample.set((int) j, r);
                        }
                    }
                }
            }
        }
        return sample;
    }

    static long size(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** The heap's peak live set while it runs: what the heap held after each collection, sampled every 50 ms. */
    static final class HeapPeak {

        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        HeapPeak() {
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    long used = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                            used += pool.getCollectionUsage().getUsed();
                        }
                    }
                    peak.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return peak.get();
        }
    }
}

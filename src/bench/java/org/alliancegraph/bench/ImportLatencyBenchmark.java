package org.alliancegraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alliancegraph.access.ApiKeys;
import org.springframework.util.FileSystemUtils;

/**
 * A handful of rows added to the graph, the two ways a user can: the offline {@code ./alliance-graph
 * import} (which starts Spring and Neo4j, and on a fresh folder loads the reference data first) and
 * {@code ./alliance-graph import --to} against the service running on the same folder, both through
 * the launcher as a user types them, wall-clock; then the upload and job alone (no JVM start) from
 * this process, and the S graph through the service for its rows/s. Run with
 * {@code mvn -Pbench verify -Dbench.main=org.alliancegraph.bench.ImportLatencyBenchmark -Dbench.args=--runs=5}.
 */
public final class ImportLatencyBenchmark {

    private static final String KEY = "bench-admin-key";
    private static final Pattern TOOK = Pattern.compile("removed, in (\\d+) ms");

    private ImportLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        Path root = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath().resolve("import-latency");
        Path db = root.resolve("db");
        FileSystemUtils.deleteRecursively(db);
        Path handful = handful(root.resolve("handful"));
        Path launcher = Path.of("alliance-graph").toAbsolutePath();
        String dataDir = "--alliance-graph.embedded.data-directory=" + db;
        StringBuilder table = new StringBuilder();
        table.append(String.format("machine: %d cores, JDK %s; %d runs; 6 rows (a source, 2 organisations, an alliance, 2 memberships)%n%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), runs));
        table.append("| how | wall-clock per import (s) | of which the import itself (ms) |\n|---|---|---|\n");

        Run fresh = run(List.of(launcher.toString(), "import", handful.toString(), dataDir));
        table.append(row("offline `import`, new data folder (reference data loaded first)", List.of(fresh)));
        List<Run> offline = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            offline.add(run(List.of(launcher.toString(), "import", handful.toString(), dataDir)));
        }
        table.append(row("offline `import`, data folder already loaded", offline));

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long serveStarted = System.nanoTime();
        Process service = new ProcessBuilder(launcher.toString(), "serve", dataDir, "--server.port=" + port,
                "--server.address=127.0.0.1", "--alliance-graph.security.admin-keys=" + ApiKeys.hash(KEY),
                "--alliance-graph.demo-data.enabled=false", "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(root.resolve("service.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + port + "/");
            waitForHealth(http, base, service);
            double serveSeconds = (System.nanoTime() - serveStarted) / 1e9;
            List<Run> remote = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                remote.add(run(List.of(launcher.toString(), "import", handful.toString(), "--to", base.toString(), "--api-key=" + KEY)));
            }
            table.append(row("`import --to` the running service (JVM start, zip, upload, job, report)", remote));

            byte[] zip = zip(handful);
            List<Double> jobs = new ArrayList<>();
            for (int i = 0; i < 4 * runs; i++) {
                jobs.add(uploadAndWait(http, base, zip));
            }
            jobs.sort(Comparator.naturalOrder());
            table.append(String.format("| upload and job alone, from a running JVM (%d runs) | p50 %.3f, max %.3f | |%n", jobs.size(),
                    jobs.get(jobs.size() / 2), jobs.getLast()));
            table.append(String.format("%nThe service started in %.1f s on the loaded folder.%n", serveSeconds));

            Path s = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath().resolve("S/files");
            if (Files.exists(s.resolve("memberships.csv"))) {
                Run big = run(List.of(launcher.toString(), "import", s.toString(), "--to", base.toString(), "--api-key=" + KEY));
                long rows = 0;
                for (String f : List.of("sources.csv", "organisations.csv", "alliances.csv", "memberships.csv")) {
                    try (var lines = Files.lines(s.resolve(f))) {
                        rows += lines.count() - 1;
                    }
                }
                table.append(String.format("The S graph (%,d rows) through the service: %.1f s wall-clock, the import itself %d ms"
                        + " (%,.0f rows/s); exit %d.%n", rows, big.seconds, big.tookMs, rows / (big.tookMs / 1000.0), big.exit));
            }
        } finally {
            service.destroy();
            service.waitFor();
        }
        System.out.println();
        System.out.println(table);
    }

    record Run(double seconds, long tookMs, int exit) {
    }

    static Run run(List<String> command) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        Matcher took = TOOK.matcher(output);
        if (exit != 0 || !took.find()) {
            throw new IllegalStateException("`" + String.join(" ", command) + "` exited " + exit + ":\n" + output);
        }
        return new Run(seconds, Long.parseLong(took.group(1)), exit);
    }

    static String row(String how, List<Run> runs) {
        List<Double> walls = runs.stream().map(Run::seconds).sorted().toList();
        List<Long> took = runs.stream().map(Run::tookMs).sorted().toList();
        return String.format("| %s | %s | %s |%n", how, runs.size() == 1 ? String.format("%.1f", walls.getFirst())
                : String.format("p50 %.2f (%.2f-%.2f)", walls.get(walls.size() / 2), walls.getFirst(), walls.getLast()),
                runs.size() == 1 ? String.valueOf(took.getFirst()) : "p50 " + took.get(took.size() / 2));
    }

    static double uploadAndWait(HttpClient http, URI base, byte[] zip) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(base.resolve("admin/imports"))
                .header("Content-Type", "application/zip").header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException(accepted.body());
        }
        URI job = base.resolve(accepted.headers().firstValue("Location").orElseThrow().substring(1));
        while (true) {
            String body = http.send(HttpRequest.newBuilder(job).header("X-API-Key", KEY).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"state\":\"DONE\"")) {
                return (System.nanoTime() - started) / 1e9;
            }
            if (body.contains("\"state\":\"FAILED\"")) {
                throw new IllegalStateException(body);
            }
            Thread.sleep(2);
        }
    }

    static void waitForHealth(HttpClient http, URI base, Process service) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped; see service.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("actuator/health")).build(), HttpResponse.BodyHandlers.ofString())
                        .body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not start within 6 minutes");
    }

    static Path handful(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("sources.csv"), "id,title,publisher,date,url\nlat-src,Rapport,Bench,2024-05,https://example.org/r\n");
        Files.writeString(folder.resolve("organisations.csv"), """
                id,name,kind,territory,source,quote
                lat-asso,Association du banc,ASSOCIATION,departement:48,lat-src,une association
                lat-ent,Entreprise du banc,ENTREPRISE,departement:48,lat-src,une entreprise
                """);
        Files.writeString(folder.resolve("alliances.csv"), """
                id,name,mode,territories,sdg_targets,sdg_basis,source,quote
                lat-all,Alliance du banc,MECENAT,departement:48,17.17,PURPOSE,lat-src,texte
                """);
        Files.writeString(folder.resolve("memberships.csv"), """
                alliance,organisation,role,source
                lat-all,lat-asso,PORTEUR,lat-src
                lat-all,lat-ent,FINANCEUR,lat-src
                """);
        return folder;
    }

    static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String f : List.of("sources.csv", "organisations.csv", "alliances.csv", "memberships.csv")) {
                zip.putNextEntry(new ZipEntry(f));
                zip.write(Files.readAllBytes(folder.resolve(f)));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

package org.alliancegraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.support.StatementRecorder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import tools.jackson.core.type.TypeReference;

/**
 * A diagnostic, not a benchmark: statements from a file (separated by lines holding {@code ;;}, each
 * optionally preceded by a line {@code // params: {json}}) run on a synthetic graph, each warmed then
 * timed 20 times (median) and profiled (db hits). How the list statements' variants were compared
 * (BENCHMARKS.md): {@code -Dbench.main=org.alliancegraph.bench.CypherProfile -Dbench.args=--file=F}.
 */
public final class CypherProfile {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        SyntheticGraph.Size size = SyntheticGraph.Size.valueOf(options.getOrDefault("size", "L"));
        Path root = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath();
        String text = Files.readString(Path.of(options.get("file")));
        BenchService.Started started = BenchService.start(size, root, options.getOrDefault("page-cache", "512m"), true);
        try {
            Driver driver = started.context().getBean(StatementRecorder.class).raw();
            for (String block : text.split("\n;;\n")) {
                Map<String, Object> params = Map.of();
                StringBuilder cypher = new StringBuilder();
                for (String line : block.strip().split("\n")) {
                    if (line.startsWith("// params:")) {
                        params = PeerBenchmark.JSON.readValue(line.substring("// params:".length()), new TypeReference<Map<String, Object>>() {
                        });
                    } else {
                        cypher.append(line).append('\n');
                    }
                }
                if (cypher.toString().isBlank()) {
                    continue;
                }
                try (Session session = driver.session()) {
                    List<Double> times = new ArrayList<>();
                    long rows = 0;
                    for (int i = 0; i < 25; i++) {
                        long t = System.nanoTime();
                        rows = session.run(cypher.toString(), params).list().size();
                        if (i >= 5) {
                            times.add((System.nanoTime() - t) / 1e6);
                        }
                    }
                    times.sort(null);
                    Result profiled = session.run("PROFILE " + cypher, params);
                    profiled.list();
                    long hits = ExportProfile.total(profiled.consume().profile());
                    System.out.printf("%n%s%n=> %d rows, median %.2f ms, %,d db hits%n", cypher.toString().strip(), rows,
                            times.get(times.size() / 2), hits);
                }
            }
        } finally {
            started.context().close();
        }
    }
}

package org.alliancegraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.AllianceGraphApplication;
import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.importer.ImportInput;
import org.alliancegraph.importer.ImportMode;
import org.alliancegraph.importer.ImportReport;
import org.alliancegraph.importer.ImportService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service as the benchmarks measure it: the application on the synthetic graph of a size,
 * generated (seed 42) and imported on first use into {@code <root>/<size>}, on a free port.
 */
final class BenchService {

    record Started(ConfigurableApplicationContext context, int port) {
    }

    private BenchService() {
    }

    /** {@code extra}: further command-line properties (an editor key for a benchmark that writes). */
    static Started start(SyntheticGraph.Size size, Path root, String pageCache, boolean hubCache, String... extra) throws Exception {
        Path files = root.resolve(size.name() + "/files");
        Path db = root.resolve(size.name() + "/db");
        if (!Files.exists(files.resolve("memberships.csv"))) {
            System.out.println(new SyntheticGraph(size, 42).write(files));
        }
        // As command-line arguments: they must win over application.yml.
        List<String> args = new ArrayList<>(List.of(
                        "--server.port=0",
                        "--alliance-graph.embedded.data-directory=" + db,
                        "--alliance-graph.embedded.page-cache=" + pageCache,
                        "--alliance-graph.demo-data.enabled=false",
                        "--alliance-graph.hub-cache.enabled=" + hubCache,
                        "--logging.level.root=WARN",
                        "--logging.level.org.alliancegraph=INFO",
                        "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AllianceGraphApplication.class,
                BenchConfiguration.class).run(args.toArray(String[]::new));
        try {
            Path marker = root.resolve(size.name() + "/imported");
            if (!Files.exists(marker)) {
                ImportReport report = context.getBean(ImportService.class).importFolder(ImportInput.folder(files),
                        ImportMode.ALL_OR_NOTHING);
                if (!report.errors().isEmpty()) {
                    throw new IllegalStateException("the generated files did not import: " + report.errors().getFirst());
                }
                Files.writeString(marker, report.summary());
            }
            return new Started(context, context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        } catch (Exception | Error e) {
            context.close();
            throw e;
        }
    }
}

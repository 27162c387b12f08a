package org.alliancegraph.registry;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.neo4j.StoreLock;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code registry rna <zip|folder|csv> [--batch-size=N] [spring options]}: applies an RNA delivery to
 * the graph (the embedded database, or the configured server) and prints the report. Exit codes:
 * 0 applied, 1 rows were rejected (the others are applied), 2 usage, 3 the embedded database is in
 * use by a running service.
 */
public final class RegistryCommand {

    private RegistryCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        String registry = args.length > 0 ? args[0] : null;
        Path path = null;
        int batchSize = RnaImport.DEFAULT_BATCH_SIZE;
        List<String> springArgs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--batch-size=")) {
                batchSize = Integer.parseInt(args[i].substring("--batch-size=".length()));
            } else if (args[i].startsWith("--")) {
                springArgs.add(args[i]);
            } else if (path == null) {
                path = Path.of(args[i]);
            }
        }
        if (!"rna".equals(registry) || path == null || !Files.exists(path)) {
            err.println("usage: registry rna <rna_waldec_YYYYMMDD.zip | folder | file.csv> [--batch-size=N]\n"
                    + "  the RNA files as data.gouv.fr publishes them (rna_waldec_*.zip, rna_import_*.zip); see README"
                    + (path != null && !Files.exists(path) ? "\n  no such file: " + path.toAbsolutePath() : ""));
            return 2;
        }
        if (springArgs.stream().noneMatch(a -> a.startsWith("--alliance-graph.demo-data.enabled="))) {
            springArgs.addFirst("--alliance-graph.demo-data.enabled=false");
        }
        String inUse = StoreLock.embeddedInUse(springArgs);
        if (inUse != null) {
            err.println("registry: " + inUse);
            return 3;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .run(springArgs.toArray(String[]::new))) {
            RnaImport.Report report = context.getBean(RnaImport.class).apply(path, batchSize, line -> out.println("  " + line));
            out.println("RNA import of " + path.toAbsolutePath() + ":");
            out.print(report.summary());
            return report.rejected() > 0 ? 1 : 0;
        }
    }
}

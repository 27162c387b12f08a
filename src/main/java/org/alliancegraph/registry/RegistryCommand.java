package org.alliancegraph.registry;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.alliancegraph.history.ChangeLog;
import org.alliancegraph.neo4j.RunningEmbedded;
import org.alliancegraph.neo4j.StoreLock;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code registry rna <zip|folder|csv>} and {@code registry sirene <StockUniteLegale> <StockEtablissement>
 * [--select=ess,associations,foundations,public,all] [--departements=53,72] [--date=YYYY-MM-DD]} (the
 * two files may be given as the folder holding them), with {@code --batch-size=N} and Spring options:
 * applies a registry delivery to the graph (the embedded database, through the running service's own
 * connector when one holds it, or the configured server) and prints the report. Exit codes: 0 applied,
 * 1 rows were rejected (the others are applied), 2 usage, 3 the database cannot be reached.
 */
public final class RegistryCommand {

    static final String USAGE = """
            usage: registry rna <rna_waldec_YYYYMMDD.zip | folder | file.csv> [--batch-size=N]
                   registry sirene <StockUniteLegale_utf8.zip> <StockEtablissement_utf8.zip> | <folder holding both>
                                   [--select=ess,associations,foundations,public,all] [--departements=53,72]
                                   [--date=YYYY-MM-DD] [--batch-size=N]
              the files as data.gouv.fr publishes them; see docs/registries-and-reconciliation.md""";

    private RegistryCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        String registry = args.length > 0 ? args[0] : null;
        List<Path> paths = new ArrayList<>();
        int batchSize = RnaImport.DEFAULT_BATCH_SIZE;
        String select = null;
        String departements = null;
        LocalDate date = null;
        List<String> springArgs = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (a.startsWith("--batch-size=")) {
                    batchSize = Integer.parseInt(a.substring("--batch-size=".length()));
                } else if (a.startsWith("--select=")) {
                    select = a.substring("--select=".length());
                } else if (a.startsWith("--departements=")) {
                    departements = a.substring("--departements=".length());
                } else if (a.startsWith("--date=")) {
                    date = LocalDate.parse(a.substring("--date=".length()));
                } else if (a.startsWith("--")) {
                    springArgs.add(a);
                } else {
                    paths.add(Path.of(a));
                }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            err.println("registry: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        Path missing = paths.stream().filter(p -> !Files.exists(p)).findFirst().orElse(null);
        if (missing != null) {
            err.println(USAGE + "\n  no such file: " + missing.toAbsolutePath());
            return 2;
        }
        SireneSelection selection = null;
        if ("sirene".equals(registry)) {
            try {
                selection = SireneSelection.parse(select, departements);
                paths = sireneFiles(paths);
            } catch (IllegalArgumentException | IOException e) {
                err.println("registry sirene: " + e.getMessage() + "\n" + USAGE);
                return 2;
            }
        } else if (!"rna".equals(registry) || paths.size() != 1) {
            err.println(USAGE);
            return 2;
        }
        if (springArgs.stream().noneMatch(a -> a.startsWith("--alliance-graph.demo-data.enabled="))) {
            springArgs.addFirst("--alliance-graph.demo-data.enabled=false");
        }
        String inUse = StoreLock.embeddedInUse(springArgs);
        if (inUse != null) {
            // A running service holds the folder: its database is written through the service's own connector.
            List<String> running = RunningEmbedded.connection(springArgs);
            if (running.isEmpty()) {
                err.println("registry: " + inUse);
                return 3;
            }
            springArgs.addAll(running);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .run(springArgs.toArray(String[]::new))) {
            if (selection == null) {
                RnaImport.Report report = context.getBean(RnaImport.class).apply(paths.getFirst(), batchSize, line -> out.println("  " + line));
                out.println("RNA import of " + paths.getFirst().toAbsolutePath() + ":");
                out.print(report.summary());
                recorded(context, "rna", report.summary(), report.source());
                return report.rejected() > 0 ? 1 : 0;
            }
            SireneImport.Report report = context.getBean(SireneImport.class).apply(paths.get(0), paths.get(1), selection, date,
                    batchSize, line -> out.println("  " + line));
            out.println("SIRENE import of " + paths.get(0).toAbsolutePath() + " and " + paths.get(1).getFileName() + ":");
            out.print(report.summary());
            recorded(context, "sirene", report.summary(), report.source());
            return report.rejected() > 0 ? 1 : 0;
        }
    }

    /** Who applied the registry (the person at this terminal), in the history of what cites it. */
    private static void recorded(ConfigurableApplicationContext context, String registry, String summary, String source) {
        context.getBean(ChangeLog.class).recordImport("command line (" + System.getProperty("user.name", "unknown") + ")",
                "cli-" + Instant.now(), "registry " + registry, summary.lines().map(String::strip).toList(), List.of(source));
    }

    /** The units file then the establishments file: given as two paths, or found by name in one folder. */
    static List<Path> sireneFiles(List<Path> paths) throws IOException {
        if (paths.size() == 2) {
            return paths;
        }
        if (paths.size() == 1 && Files.isDirectory(paths.getFirst())) {
            try (Stream<Path> files = Files.list(paths.getFirst())) {
                List<Path> all = files.sorted().toList();
                Path units = all.stream().filter(p -> name(p).startsWith("stockunitelegale")).findFirst().orElse(null);
                Path establishments = all.stream().filter(p -> name(p).startsWith("stocketablissement")).findFirst().orElse(null);
                if (units != null && establishments != null) {
                    return List.of(units, establishments);
                }
            }
            throw new IllegalArgumentException("the folder " + paths.getFirst() + " holds no StockUniteLegale* and StockEtablissement* files");
        }
        throw new IllegalArgumentException("give the StockUniteLegale file and the StockEtablissement file, or the folder holding both");
    }

    private static String name(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}

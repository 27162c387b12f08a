package org.alliancegraph.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line import: {@code import <folder> [--keep-good] [--batch-size=N] [--writers=N] [spring options]}.
 * Starts the application without a web server (against the embedded database or the configured
 * server), imports, prints the report and returns an exit code: 0 when every row was accepted,
 * 1 when rows were rejected, 2 on a usage error.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static int run(Class<?> application, String[] args) {
        Path folder = null;
        ImportMode mode = ImportMode.ALL_OR_NOTHING;
        int batchSize = ImportService.DEFAULT_BATCH_SIZE;
        int writers = ImportService.DEFAULT_WRITERS;
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--keep-good")) {
                mode = ImportMode.KEEP_GOOD;
            } else if (arg.startsWith("--batch-size=")) {
                batchSize = Integer.parseInt(arg.substring("--batch-size=".length()));
            } else if (arg.startsWith("--writers=")) {
                writers = Integer.parseInt(arg.substring("--writers=".length()));
            } else if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else if (folder == null) {
                folder = Path.of(arg);
            }
        }
        if (folder == null || !Files.isDirectory(folder)) {
            System.err.println("usage: import <folder> [--keep-good] [--batch-size=N] [--writers=N]\n"
                    + "  <folder> holds sources.csv, organisations.csv, alliances.csv, memberships.csv"
                    + " (and optionally programmes.csv, phases.csv); see docs/import-format.md"
                    + (folder == null ? "" : "\n  not a folder: " + folder.toAbsolutePath()));
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(withDemoDataOff(springArgs).toArray(String[]::new))) {
            ImportReport report = context.getBean(ImportService.class)
                    .importFolder(ImportInput.folder(folder), mode, batchSize, writers);
            System.out.println("Import of " + folder.toAbsolutePath() + " (" + mode + "):");
            System.out.print(report.summary());
            return report.hasErrors() ? 1 : 0;
        }
    }

    /**
     * The user's data, not the demonstration: it is not loaded as a side effect of importing, unless
     * the user says otherwise. A command-line property, so it outranks application.yml; added only
     * when absent, since a property given twice binds as "false,false" and fails.
     */
    static List<String> withDemoDataOff(List<String> springArgs) {
        List<String> args = new ArrayList<>(springArgs);
        if (args.stream().noneMatch(a -> a.startsWith("--alliance-graph.demo-data.enabled="))) {
            args.addFirst("--alliance-graph.demo-data.enabled=false");
        }
        return args;
    }
}

package org.alliancegraph.importer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.history.ChangeLog;
import org.alliancegraph.neo4j.StoreLock;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line import: {@code import <folder> [--keep-good] [--batch-size=N] [--writers=N] [spring options]}.
 * Starts the application without a web server (against the embedded database or the configured
 * server), imports, prints the report and returns an exit code: 0 when every row was accepted,
 * 1 when rows were rejected, 2 on a usage error, 3 when the embedded database is in use by another process.
 * With {@code --to http://host:port [--api-key=KEY]} it sends the folder to that running service
 * instead ({@link RemoteImport}; 4 when the service refused it, could not be reached or the job failed).
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
        String to = null;
        String apiKey = System.getenv("ALLIANCE_GRAPH_API_KEY");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--to") && i + 1 < args.length) {
                to = args[++i];
            } else if (arg.startsWith("--to=")) {
                to = arg.substring("--to=".length());
            } else if (arg.startsWith("--api-key=")) {
                apiKey = arg.substring("--api-key=".length());
            } else if (arg.equals("--keep-good")) {
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
            System.err.println("usage: import <folder> [--keep-good] [--batch-size=N] [--writers=N] [--to http://host:port [--api-key=KEY]]\n"
                    + "  <folder> holds sources.csv, organisations.csv, alliances.csv, memberships.csv"
                    + " (and optionally programmes.csv, phases.csv); see docs/import-format.md"
                    + (folder == null ? "" : "\n  not a folder: " + folder.toAbsolutePath()));
            return 2;
        }
        if (to != null) {
            URI service;
            try {
                service = URI.create(to.endsWith("/") ? to : to + "/");
                if (!"http".equals(service.getScheme()) && !"https".equals(service.getScheme())) {
                    throw new IllegalArgumentException("not an http(s) URL");
                }
            } catch (IllegalArgumentException e) {
                System.err.println("import --to: '" + to + "' is not the URL of a service (for example http://localhost:8080)");
                return 2;
            }
            try {
                return new RemoteImport(service, apiKey, System.out, System.err).run(folder, mode, batchSize, writers);
            } catch (IOException e) {
                System.err.println("import --to: " + e.getMessage());
                return RemoteImport.SERVICE_ERROR;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return RemoteImport.SERVICE_ERROR;
            }
        }
        // Asked before Spring starts: the answer is one line and immediate. The folder is the one the
        // embedded database would use (a server configured by spring.neo4j.uri has none to lock).
        List<String> effective = withDemoDataOff(springArgs);
        String inUse = embeddedInUse(effective);
        if (inUse != null) {
            System.err.println("import: " + inUse + "; or send the folder to the running service: "
                    + "./alliance-graph import " + folder + " --to http://localhost:8080 --api-key=KEY");
            return 3;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(effective.toArray(String[]::new))) {
            ImportReport report = context.getBean(ImportService.class)
                    .importFolder(ImportInput.folder(folder), mode, batchSize, writers);
            if (report.written()) {
                // Who wrote it: the person at this terminal (no account signs in to a command line).
                String by = "command line (" + System.getProperty("user.name", "unknown") + ")";
                context.getBean(ChangeLog.class).recordImport(by, "cli-" + Instant.now(), "import " + folder.getFileName()
                        + " (" + mode + ")", report.rowsWritten(), report.sources());
            }
            System.out.println("Import of " + folder.toAbsolutePath() + " (" + mode + "):");
            System.out.print(report.summary());
            return report.hasErrors() ? 1 : 0;
        }
    }

    /**
     * Why the embedded database these arguments name cannot be opened (a running service holds it),
     * or null: also null when a server is configured ({@code spring.neo4j.uri}), which has no folder to lock.
     */
    static String embeddedInUse(List<String> springArgs) {
        return StoreLock.embeddedInUse(springArgs);
    }

    /**
     * The user's data, not the demonstration: it is not loaded as a side effect of importing, unless
     * the user says otherwise. A command-line property, so it outranks application.yml; added only
     * when absent, since a property given twice binds as "false,false" and fails.
     */
    public static List<String> withDemoDataOff(List<String> springArgs) {
        List<String> args = new ArrayList<>(springArgs);
        if (args.stream().noneMatch(a -> a.startsWith("--alliance-graph.demo-data.enabled="))) {
            args.addFirst("--alliance-graph.demo-data.enabled=false");
        }
        return args;
    }
}

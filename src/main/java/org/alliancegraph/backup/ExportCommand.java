package org.alliancegraph.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.alliancegraph.importer.ImportCommand;
import org.alliancegraph.neo4j.StoreLock;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backup command: {@code export <folder> [spring options]} writes the whole curated graph in the
 * import format ({@link FolderExport}) into a new or empty folder, from the embedded database (which no
 * running service may hold) or the server {@code spring.neo4j.uri} names. {@code import <folder>} on
 * an empty database restores it. Exit codes: 0 written, 2 usage, 3 the embedded database is in use.
 */
public final class ExportCommand {

    private ExportCommand() {
    }

    public static int run(Class<?> application, String[] args) {
        Path folder = null;
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else if (folder == null) {
                folder = Path.of(arg);
            }
        }
        String problem = folder == null ? "" : folderProblem(folder);
        if (folder == null || problem != null) {
            System.err.println("usage: export <folder> [spring options]\n"
                    + "  writes the whole graph in the import format (docs/import-format.md) into <folder>,"
                    + " which must be new or empty; import <folder> restores it"
                    + (folder == null ? "" : "\n  " + problem));
            return 2;
        }
        List<String> effective = ImportCommand.withDemoDataOff(springArgs);
        String inUse = StoreLock.embeddedInUse(effective);
        if (inUse != null) {
            System.err.println("export: " + inUse + " (a server is backed up with neo4j-admin database dump,"
                    + " or with this command and --spring.neo4j.uri=...)");
            return 3;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).run(effective.toArray(String[]::new))) {
            Files.createDirectories(folder);
            Path target = folder;
            long started = System.nanoTime();
            FolderExport.Counts counts = context.getBean(FolderExport.class).write(name -> Files.newOutputStream(target.resolve(name)));
            System.out.println("Export of the graph to " + folder.toAbsolutePath() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms:");
            counts.rows().forEach((file, rows) -> System.out.printf("  %-24s %,d rows%n", file, rows));
            return 0;
        } catch (IOException e) {
            System.err.println("export: cannot write " + folder.toAbsolutePath() + ": " + e.getMessage());
            return 2;
        }
    }

    /** Null when the folder may be written: absent, or an empty folder (a backup never overwrites one). */
    static String folderProblem(Path folder) {
        if (!Files.exists(folder)) {
            return null;
        }
        if (!Files.isDirectory(folder)) {
            return "not a folder: " + folder.toAbsolutePath();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent() ? "not empty: " + folder.toAbsolutePath() + " (a backup never overwrites files)" : null;
        } catch (IOException e) {
            return "cannot read " + folder.toAbsolutePath() + ": " + e.getMessage();
        }
    }
}

package org.alliancegraph.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.alliancegraph.AllianceGraphApplication;
import org.alliancegraph.support.ChildProcess;
import org.alliancegraph.support.OwnJvm;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup round trip, as an operator runs it: {@code import} a folder into a store, {@code export}
 * that store, {@code import} the export into an empty store; both stores hold the same curated graph
 * (every organisation, alliance, programme and source with every property but the version counter and
 * content hash, every relationship with its properties), further sources and per-target SDG bases
 * included. Three JVMs of their own, as ./alliance-graph runs them; about a minute.
 */
class ExportRestoreTest {

    @TempDir
    Path root;

    static String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(List.of("--alliance-graph.embedded.page-cache=64m", "--logging.level.root=WARN",
                "--logging.level.org.alliancegraph=INFO", "--spring.main.banner-mode=off"));
        ChildProcess.Ended ended = ChildProcess.start(OwnJvm.command(AllianceGraphApplication.class, "512m",
                command.toArray(String[]::new))).awaitExit(Duration.ofMinutes(5));
        assertThat(ended.exit()).as(ended.output()).isZero();
        return ended.output();
    }

    @Test
    void an_export_imported_into_an_empty_store_gives_the_same_graph() throws Exception {
        // The demonstration dataset, plus what only the two optional files can say.
        Path files = Files.createDirectories(root.resolve("files"));
        try (Stream<Path> demo = Files.list(Path.of("demo"))) {
            for (Path file : demo.toList()) {
                Files.copy(file, files.resolve(file.getFileName()));
            }
        }
        Files.writeString(files.resolve("citations.csv"), """
                kind,id,source,quote,page
                ORGANISATION,le-rameau,observatoire-2019-impact,"Le RAMEAU, laboratoire de recherche empirique",12
                ALLIANCE,partenariat-phare,lerameau-2022-action,,
                PROGRAMME,phare,lerameau-2022-action,"le programme PHARE",3
                """);
        Files.writeString(files.resolve("sdg_contributions.csv"), """
                alliance,target,basis,note
                partenariat-phare,17.16,SOURCE,"Cité comme partenariat multipartite, note ; avec « guillemets »"
                """);
        Path original = root.resolve("original");
        Path restored = root.resolve("restored");
        Path backup = root.resolve("backup");

        run("import", files.toString(), "--alliance-graph.embedded.data-directory=" + original);
        // The command line's import is in the history: who ran it, and (through the sources it defines) of what cites them.
        assertThat(importChanges(original)).singleElement().satisfies(change -> assertThat(change)
                .startsWith("command line (" + System.getProperty("user.name")).contains("import files (ALL_OR_NOTHING)")
                .contains("organisations.csv: ").contains("observatoire-2019-impact"));
        String exported = run("export", backup.toString(), "--alliance-graph.embedded.data-directory=" + original);
        assertThat(exported).contains("citations.csv", "sdg_contributions.csv");
        assertThat(Files.readString(backup.resolve("citations.csv")))
                .contains("ORGANISATION,le-rameau,observatoire-2019-impact,\"Le RAMEAU, laboratoire de recherche empirique\",12")
                .contains("PROGRAMME,phare,lerameau-2022-action,le programme PHARE,3");
        // 17.16 comes first, so its basis rides on the alliance row and 17.17's differing one is listed.
        assertThat(Files.readString(backup.resolve("sdg_contributions.csv"))).contains("partenariat-phare,17.17,PURPOSE,");
        run("import", backup.toString(), "--alliance-graph.embedded.data-directory=" + restored);

        List<String> before = fingerprint(original);
        List<String> after = fingerprint(restored);
        System.out.printf("export: %d lines of nodes and relationships, original and restored%n", before.size());
        assertThat(before).hasSizeGreaterThan(500)
                .anyMatch(line -> line.startsWith("le-rameau ") && line.contains("-SOURCED_FROM-> observatoire-2019-impact {page=12"))
                .anyMatch(line -> line.startsWith("partenariat-phare ") && line.contains("-CONTRIBUTES_TO-> 17.16 {basis=SOURCE"));
        assertThat(after).isEqualTo(before);
    }

    /** Each import's Change as one line: by, operation, fields, sources. */
    static List<String> importChanges(Path home) {
        DatabaseManagementService dbms = OwnJvm.openStore(home);
        try {
            return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("""
                    MATCH (c:Change {subjectKind: 'Import'})
                    RETURN c.by + ' | ' + c.operation + ' | ' + reduce(t = '', f IN c.fields | t + f + '; ') + ' | ' + reduce(t = '', s IN c.sources | t + s + '; ') AS line""",
                    Map.of(), result -> result.stream().map(row -> (String) row.get("line")).toList());
        } finally {
            dbms.shutdown();
        }
    }

    /** The curated graph read straight from the store, without the edit counter and the import's change detection. */
    static List<String> fingerprint(Path home) {
        return OwnJvm.fingerprint(home, "n:Organisation OR n:Alliance OR n:Programme OR n:Source", Set.of("version", "contentHash"));
    }

    @Test
    void an_export_refuses_a_folder_with_files_a_missing_folder_argument_and_a_database_in_use() throws Exception {
        Path full = Files.createDirectories(root.resolve("full"));
        Files.writeString(full.resolve("organisations.csv"), "id\n");
        assertThat(ExportCommand.folderProblem(full)).contains("not empty").contains("never overwrites");
        assertThat(ExportCommand.folderProblem(full.resolve("organisations.csv"))).startsWith("not a folder");
        assertThat(ExportCommand.folderProblem(root.resolve("new"))).isNull();
        assertThat(ExportCommand.folderProblem(Files.createDirectories(root.resolve("empty")))).isNull();
        assertThat(ExportCommand.run(AllianceGraphApplication.class, new String[] {full.toString()})).isEqualTo(2);
        assertThat(ExportCommand.run(AllianceGraphApplication.class, new String[] {})).isEqualTo(2);
        assertThat(Files.readString(full.resolve("organisations.csv"))).isEqualTo("id\n");

        Path home = root.resolve("in-use");
        Path lockFile = Files.createDirectories(home.resolve("data/databases")).resolve("store_lock");
        Files.createFile(lockFile);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertThat(ExportCommand.run(AllianceGraphApplication.class,
                    new String[] {root.resolve("out").toString(), "--alliance-graph.embedded.data-directory=" + home})).isEqualTo(3);
        }
        assertThat(root.resolve("out")).doesNotExist();
    }
}

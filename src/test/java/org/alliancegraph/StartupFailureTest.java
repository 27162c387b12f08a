package org.alliancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.neo4j.StoreLock;
import org.alliancegraph.support.ChildProcess;
import org.alliancegraph.support.OwnJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each start-up step made to fail in turn, in a JVM of its own as {@code ./alliance-graph serve} runs:
 * the embedded database, its Bolt password, a schema migration, the reference data, the
 * demonstration data, the web port. Every time the process ends by itself with a non-zero status and
 * one line saying what failed and what to do, and leaves the store free for the next start (the
 * later steps start again on the store the earlier failures left). The deadline only bounds a hang:
 * nothing here asserts how fast the process ends.
 */
class StartupFailureTest {

    /** Long enough for a first start on a machine whose cores are busy; a process still running then has hung. */
    static final Duration ENDS_WITHIN = Duration.ofMinutes(4);

    @TempDir
    Path root;

    ChildProcess.Ended start(Path extraClassPath, Path data, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off",
                "--alliance-graph.embedded.data-directory=" + data, "--alliance-graph.embedded.page-cache=32m",
                "--logging.level.root=WARN"));
        args.addAll(List.of(more));
        if (args.stream().noneMatch(a -> a.startsWith("--server.port="))) {
            args.add("--server.port=0"); // a property given twice binds as "0,N" and fails
        }
        try (ChildProcess service = ChildProcess.start(OwnJvm.command(extraClassPath, AllianceGraphApplication.class, "384m",
                args.toArray(String[]::new)))) {
            return service.awaitExit(ENDS_WITHIN);
        }
    }

    static void assertFailedCleanly(ChildProcess.Ended ended, Path data, String... said) {
        assertThat(ended.exit()).as(ended.output()).isEqualTo(1);
        String last = ended.output().lines().filter(l -> l.startsWith("alliance-graph did not start: ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no line saying what failed:\n" + ended.output()));
        System.out.println("startup failure: " + last);
        assertThat(last).as(ended.output()).contains(said).doesNotContain("Exception", "org.alliancegraph.", "java.");
        if (Files.isDirectory(data)) {
            assertThat(StoreLock.inUse(data)).as("the store is free again").isNull();
        }
    }

    static Path file(Path folder, String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void the_database_itself_cannot_start() throws Exception {
        Path notAFolder = file(root, "not-a-folder", "a file where the database folder should be");
        assertFailedCleanly(start(null, notAFolder), notAFolder, "starting the embedded database");
    }

    @Test
    void the_bolt_password_cannot_be_kept_after_the_database_started() throws Exception {
        Path data = root.resolve("db");
        // A non-empty folder where the password file goes: the database is up when this fails, and
        // its non-daemon threads must not keep the JVM alive.
        file(data, "bolt-password/in-the-way", "x");
        assertFailedCleanly(start(null, data), data, "Bolt password");
    }

    @Test
    void each_later_step_fails_in_turn_on_the_store_the_last_failure_left() throws Exception {
        Path data = root.resolve("db");

        Path brokenMigration = root.resolve("broken-migration");
        file(brokenMigration, "cypher/schema/V900__broken.cypher", "THIS IS NOT CYPHER;\n");
        assertFailedCleanly(start(brokenMigration, data), data, "the schema migrations failed");

        Path brokenReference = root.resolve("broken-reference");
        file(brokenReference, "cypher/reference/vocabularies.cypher", "MERGE (x:Broken {id: ;\n");
        assertFailedCleanly(start(brokenReference, data), data, "loading the reference data failed");

        Path brokenDemo = root.resolve("broken-demo");
        file(brokenDemo, "demo/organisations.csv", "id,name,kind\nbroken-org,Broken,NOT_A_KIND\n");
        assertFailedCleanly(start(brokenDemo, data), data, "loading the demonstration data failed",
                "--alliance-graph.demo-data.enabled=false");

        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertFailedCleanly(start(null, data, "--alliance-graph.demo-data.enabled=false", "--server.address=127.0.0.1",
                    "--server.port=" + port), data, "port " + port + " is in use", "--server.port");
        }
    }
}

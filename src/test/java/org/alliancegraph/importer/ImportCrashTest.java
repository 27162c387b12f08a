package org.alliancegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.alliancegraph.AllianceGraphApplication;
import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.support.ChildProcess;
import org.alliancegraph.support.OwnJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an import, in a JVM of its own, then the same import again: the graph is
 * the one a clean import of the same files makes (every node and relationship with every property).
 * Three JVMs (the crashed import, its restart, a clean import) and two databases, so it takes about
 * two minutes; it talks to nothing but its own processes and folders.
 */
class ImportCrashTest {

    @TempDir
    Path root;

    /** The import command in a JVM of its own, as ./alliance-graph runs it, its output read line by line. */
    ChildProcess importer(Path files, Path db) {
        List<String> command = OwnJvm.command(AllianceGraphApplication.class, "512m", "import", files.toString(), "--batch-size=100",
                "--alliance-graph.embedded.data-directory=" + db, "--alliance-graph.embedded.page-cache=64m",
                "--logging.level.root=WARN", "--logging.level.org.alliancegraph=INFO", "--spring.main.banner-mode=off");
        return ChildProcess.start(command);
    }

    @Test
    void an_import_killed_midway_then_run_again_equals_a_clean_import() throws Exception {
        Path files = root.resolve("files");
        new SyntheticGraph(SyntheticGraph.Size.S, 11).write(files);
        Path crashed = root.resolve("crashed");
        Path clean = root.resolve("clean");

        try (ChildProcess first = importer(files, crashed); ChildProcess reference = importer(files, clean)) {
            // Killed once writing is under way: alliances are being written, batch by batch.
            boolean writing = first.await(Pattern.compile("organisations\\.csv:.*rows written"), Duration.ofMinutes(5)).isPresent();
            assertThat(writing).as("the first import reached its writing pass: %s", first.tail()).isTrue();
            Thread.sleep(300);
            first.process().destroyForcibly();
            assertThat(first.awaitExit(Duration.ofSeconds(30)).exit()).as("killed, not finished").isNotZero();

            try (ChildProcess again = importer(files, crashed)) {
                ChildProcess.Ended ended = again.awaitExit(Duration.ofMinutes(5));
                assertThat(ended.exit()).as(ended.output()).isZero();
            }
            ChildProcess.Ended referenceEnded = reference.awaitExit(Duration.ofMinutes(5));
            assertThat(referenceEnded.exit()).as(referenceEnded.output()).isZero();
        }

        List<String> afterCrash = fingerprint(crashed);
        List<String> afterClean = fingerprint(clean);
        System.out.printf("crash: %d lines of nodes and relationships after the crash and re-import, %d after a clean import%n",
                afterCrash.size(), afterClean.size());
        assertThat(afterCrash).hasSizeGreaterThan(10_000).isEqualTo(afterClean);
    }

    /** Every generated node and relationship with all its properties, read straight from the store. */
    static List<String> fingerprint(Path home) {
        return OwnJvm.fingerprint(home, "n.id STARTS WITH 'syn-'", Set.of());
    }
}

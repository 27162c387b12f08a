package org.alliancegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.alliancegraph.AllianceGraphApplication;
import org.alliancegraph.generator.SyntheticGraph;
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
    Process importer(Path files, Path db) throws Exception {
        List<String> command = OwnJvm.command(AllianceGraphApplication.class, "512m", "import", files.toString(), "--batch-size=100",
                "--alliance-graph.embedded.data-directory=" + db, "--alliance-graph.embedded.page-cache=64m",
                "--logging.level.root=WARN", "--logging.level.org.alliancegraph=INFO", "--spring.main.banner-mode=off");
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    static String readAll(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return out;
    }

    @Test
    void an_import_killed_midway_then_run_again_equals_a_clean_import() throws Exception {
        Path files = root.resolve("files");
        new SyntheticGraph(SyntheticGraph.Size.S, 11).write(files);
        Path crashed = root.resolve("crashed");
        Path clean = root.resolve("clean");

        Process first = importer(files, crashed);
        Process reference = importer(files, clean);
        // Killed once writing is under way: alliances are being written, batch by batch.
        BufferedReader lines = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        boolean writing = false;
        List<String> seen = new ArrayList<>();
        for (String line; (line = lines.readLine()) != null; ) {
            seen.add(line);
            if (line.contains("organisations.csv:") && line.contains("rows written")) {
                writing = true;
                Thread.sleep(300);
                break;
            }
        }
        assertThat(writing).as("the first import reached its writing pass: %s", String.join("\n", seen)).isTrue();
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("killed, not finished").isNotZero();

        Process again = importer(files, crashed);
        String againOut = readAll(again);
        assertThat(again.exitValue()).as(againOut).isZero();
        String referenceOut = readAll(reference);
        assertThat(reference.exitValue()).as(referenceOut).isZero();

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

package org.alliancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.alliancegraph.support.ChildProcess;
import org.junit.jupiter.api.Test;

/** The ./alliance-graph launcher finds a JDK 21+ where the build would, and says so clearly when there is none. */
class LauncherTest {

    record Run(int exit, String output) {
    }

    static Run launcher(Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "alliance-graph"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().putAll(env);
        ChildProcess.Ended ended = ChildProcess.start(pb).awaitExit(Duration.ofSeconds(60));
        return new Run(ended.exit(), ended.output());
    }

    static int major(Path home) throws Exception {
        for (String line : Files.readAllLines(home.resolve("release"))) {
            if (line.startsWith("JAVA_VERSION=\"")) {
                return Integer.parseInt(line.substring(14).split("[.\"]")[0]);
            }
        }
        throw new AssertionError("no JAVA_VERSION in " + home);
    }

    @Test
    void help_lists_the_commands() throws Exception {
        Run help = launcher(Map.of(), "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.output()).contains("serve", "import <folder>", "generate <XS|S|M|L>");
    }

    @Test
    void finds_a_jdk_21_even_when_java_home_and_the_path_are_older() throws Exception {
        // The JVM running this test is 21+ (the build requires it): hide it behind an old JAVA_HOME
        // and let the launcher find it in the folder it lives in, as on a machine whose default is 17.
        Path running = Path.of(System.getProperty("java.home"));
        Run found = launcher(Map.of("JAVA_HOME", "/nonexistent-jdk", "ALLIANCE_GRAPH_JDK_DIRS", running.getParent().toString(),
                "PATH", "/usr/bin:/bin"), "java-home");
        assertThat(found.exit()).as(found.output()).isZero();
        assertThat(major(Path.of(found.output().strip()))).isGreaterThanOrEqualTo(21);
    }

    @Test
    void an_old_jdk_only_is_refused_saying_what_is_needed_and_where_it_looked() throws Exception {
        Path empty = Files.createTempDirectory("no-jdks");
        Run refused = launcher(Map.of("ALLIANCE_GRAPH_JDK_DIRS", empty.toString(), "PATH", empty.toString() + ":/bin"),
                "generate", "XS", "/tmp/unused");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("needs a JDK 21 or newer").contains(empty.toString()).contains("JAVA_HOME");
    }
}

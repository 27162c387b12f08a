package org.alliancegraph.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.alliancegraph.AllianceGraphApplication;
import org.alliancegraph.support.ChildProcess;
import org.alliancegraph.support.OwnJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./alliance-graph account}: an administrator made from the command line on a fresh install
 * (password from the environment, never the arguments) is there for the next command; usage and bad
 * input end with status 2 and a line that says what to write. The deadline bounds a hang only.
 */
class AccountCommandTest {

    static final Duration ENDS_WITHIN = Duration.ofMinutes(4);

    @TempDir
    Path root;

    ChildProcess.Ended account(Path data, String password, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(OwnJvm.command(AllianceGraphApplication.class, "384m"));
        command.add("account");
        command.addAll(List.of(args));
        command.addAll(List.of("--alliance-graph.embedded.data-directory=" + data, "--alliance-graph.embedded.page-cache=32m",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("ALLIANCE_GRAPH_ACCOUNT_PASSWORD");
        if (password != null) {
            builder.environment().put("ALLIANCE_GRAPH_ACCOUNT_PASSWORD", password);
        }
        try (ChildProcess process = ChildProcess.start(builder)) {
            return process.awaitExit(ENDS_WITHIN);
        }
    }

    @Test
    void an_administrator_made_on_the_command_line_is_listed_by_the_next_command() throws Exception {
        Path data = root.resolve("db");
        ChildProcess.Ended made = account(data, "a long enough password", "add", "Boss@Example.org", "--role", "ADMIN");
        assertThat(made.exit()).as(made.output()).isZero();
        assertThat(made.output()).contains("made boss@example.org ADMIN");

        ChildProcess.Ended listed = account(data, null, "list");
        assertThat(listed.exit()).as(listed.output()).isZero();
        assertThat(listed.output()).contains("boss@example.org ADMIN");
    }

    @Test
    void usage_and_bad_input_say_what_to_write() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        var noInput = new ByteArrayInputStream(new byte[0]);
        assertThat(AccountCommand.run(AllianceGraphApplication.class, new String[] {"add"}, noInput, out, errors)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: account add <email> --role");
        err.reset();
        assertThat(AccountCommand.run(AllianceGraphApplication.class, new String[] {"add", "x@example.org", "--role"}, noInput, out,
                errors)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--role needs a value");
        err.reset();
        String[] noPassword = {"add", "x@example.org", "--role", "ADMIN", "--alliance-graph.embedded.data-directory=" + root.resolve("none")};
        if (System.getenv("ALLIANCE_GRAPH_ACCOUNT_PASSWORD") == null) {
            assertThat(AccountCommand.run(AllianceGraphApplication.class, noPassword, noInput, out, errors)).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("no password");
        }
    }
}

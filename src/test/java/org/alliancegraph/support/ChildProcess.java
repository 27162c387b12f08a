package org.alliancegraph.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process a test starts, its output (standard error merged in) read by a daemon thread into a list,
 * so that no test ever blocks on a read: every wait has a deadline, after which the process is killed
 * and the test fails with what the process printed. Closing it kills the process if it still runs.
 */
public final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildProcess(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().name("child-output-" + process.pid()).start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the process ended or was killed
            }
        });
    }

    public static ChildProcess start(List<String> command) {
        return start(new ProcessBuilder(command));
    }

    public static ChildProcess start(ProcessBuilder builder) {
        try {
            return new ChildProcess(builder.redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a finished process printed and its exit status. */
    public record Ended(int exit, String output) {
    }

    public Process process() {
        return process;
    }

    public List<String> lines() {
        return lines;
    }

    public String output() {
        return String.join("\n", lines);
    }

    /** The last lines printed, for assertion messages. */
    public String tail() {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /**
     * The first group of the first line matching {@code pattern}, waiting up to {@code within}; empty
     * when the process ended without printing it or the deadline passed (the process is then killed).
     */
    public Optional<String> await(Pattern pattern, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < lines.size(); seen++) {
                Matcher m = pattern.matcher(lines.get(seen));
                if (m.find()) {
                    return Optional.of(m.groupCount() > 0 ? m.group(1) : m.group());
                }
            }
            if (!process.isAlive()) {
                reader.join(5_000);
                if (seen == lines.size()) {
                    return Optional.empty();
                }
                continue;
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                return Optional.empty();
            }
            Thread.sleep(50);
        }
    }

    /** Waits for the process to end within {@code within}; kills it and fails the test when it does not. */
    public Ended awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the process did not end within " + within + "; it printed:\n" + tail());
        }
        reader.join(10_000);
        return new Ended(process.exitValue(), output());
    }

    /** Whether it ended within {@code within} (without killing it when it did not). */
    public boolean endsWithin(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

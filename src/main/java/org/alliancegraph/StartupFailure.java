package org.alliancegraph;

import java.io.PrintStream;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.graph.StartupStepFailed;
import org.springframework.boot.web.server.PortInUseException;

/**
 * A start (or a command) that failed ends the process: one line on standard error saying what failed
 * and what to do, then exit status 1. Spring has already closed what it had made, the embedded
 * database included; exiting also ends any thread a library left behind, so a failed start never
 * leaves a JVM holding the store (a supervisor or CI sees the exit and the line).
 */
final class StartupFailure {

    /** Status of a start or command that failed before doing its work. */
    static final int EXIT_STATUS = 1;
    /** How long the JVM's own shutdown (hooks, logging) may take before the process is halted. */
    private static final long HALT_AFTER_MILLIS = 30_000;
    private static final int MAX_MESSAGE = 300;

    private StartupFailure() {
    }

    /** Prints the line and ends the process; never returns. */
    static void exit(Throwable failure, PrintStream err) {
        err.println(line(failure));
        err.flush();
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(HALT_AFTER_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(EXIT_STATUS);
        }, "startup-failure-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(EXIT_STATUS);
    }

    /**
     * "alliance-graph did not start: " then the port in use, or the step that failed with the innermost
     * message and what to do ({@link StartupStepFailed}), or that message alone.
     */
    static String line(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        Throwable root = chain.getLast();
        for (Throwable t : chain) {
            if (t instanceof PortInUseException port) {
                return "alliance-graph did not start: port " + port.getPort() + " is in use by another process; "
                        + "stop it, or choose another port with --server.port=N (0 for any free port)";
            }
            if (t instanceof BindException bind) {
                return "alliance-graph did not start: an address is in use (" + bind.getMessage() + "); "
                        + "stop the other process, or choose another port with --server.port=N";
            }
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? "no message"
                : root.getMessage().strip().lines().findFirst().orElse("");
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
        for (Throwable t : chain) {
            if (t instanceof StartupStepFailed step) {
                return "alliance-graph did not start: " + step.step() + " failed (" + message + "); " + step.action()
                        + ". Nothing was left running; the log above has the details.";
            }
        }
        return "alliance-graph did not start: " + message + "; the log above has the details. Nothing was left running.";
    }
}

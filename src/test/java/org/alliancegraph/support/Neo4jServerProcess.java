package org.alliancegraph.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.util.FileSystemUtils;

/**
 * A Neo4j server in a JVM of its own, for the tests that run the application against a database it
 * reaches only by URI, as in production: Bolt on 127.0.0.1, authentication on, a password the test
 * does not share with the application any other way. The child prints {@code READY <port>} once it
 * listens and stops when its standard input closes, so it never outlives the test JVM.
 */
public final class Neo4jServerProcess {

    public static final String USER = "neo4j";

    private static Neo4jServerProcess shared;

    private final Process process;
    private final Path home;
    private final int port;
    private final String password;

    private Neo4jServerProcess(Process process, Path home, int port, String password) {
        this.process = process;
        this.home = home;
        this.port = port;
        this.password = password;
    }

    /** One server for the whole test JVM, started at first use and stopped when the JVM ends. */
    public static synchronized Neo4jServerProcess shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    public String uri() {
        return "bolt://127.0.0.1:" + port;
    }

    public String password() {
        return password;
    }

    public long pid() {
        return process.pid();
    }

    static Neo4jServerProcess start() {
        try {
            Path home = Files.createTempDirectory("alliance-graph-server-");
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            List<String> command = OwnJvm.command(Neo4jServerProcess.class, "512m", home.toString());
            AtomicBoolean ready = new AtomicBoolean();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            // The password goes through the pipe, not the command line other users could read.
            process.getOutputStream().write((password + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> seen = new ArrayList<>();
            // A child that hangs without a word is ended, which ends the read below.
            CompletableFuture.runAsync(() -> {
                if (!ready.get()) {
                    process.destroyForcibly();
                }
            }, CompletableFuture.delayedExecutor(2, TimeUnit.MINUTES));
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("READY ")) {
                    ready.set(true);
                    int port = Integer.parseInt(line.substring("READY ".length()).strip());
                    Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "neo4j-server-output");
                    drain.setDaemon(true);
                    drain.start();
                    return new Neo4jServerProcess(process, home, port, password);
                }
                seen.add(line);
            }
            process.destroyForcibly();
            throw new IllegalStateException("the Neo4j server process did not start:\n" + String.join("\n", seen));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
        FileSystemUtils.deleteRecursively(home.toFile());
    }

    /** The child: {@code home} as argument, the password on the first line of standard input. */
    public static void main(String[] args) throws IOException {
        Path home = Path.of(args[0]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String password = in.readLine().strip();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home).setConfig(Map.of(
                BoltConnector.enabled, true,
                BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0),
                BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                GraphDatabaseSettings.auth_enabled, true,
                GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(25),
                GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)).build();
        dbms.database("system").executeTransactionally(
                "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        System.out.println("READY " + port);
        System.out.flush();
        while (in.readLine() != null) {
            // Nothing more is said on standard input; its end is the signal to stop.
        }
        dbms.shutdown();
    }
}

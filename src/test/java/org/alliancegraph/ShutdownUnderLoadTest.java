package org.alliancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.alliancegraph.support.ChildProcess;
import org.alliancegraph.support.OwnJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * SIGTERM to the service in a JVM of its own while 24 clients read and write: it ends within a few
 * seconds, and every write it acknowledged is in the store when the store is opened again. About a
 * minute (the service's first start loads the reference and demonstration data); loopback only.
 */
class ShutdownUnderLoadTest {

    static final int CLIENTS = 24;
    /** A deadline against a hang, not a speed: the shutdown phases have 10 s each, the database 5 s. */
    static final Duration STOP_WITHIN = Duration.ofSeconds(40);
    static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @TempDir
    Path root;

    @Test
    void sigterm_under_load_stops_within_seconds_and_keeps_every_acknowledged_write() throws Exception {
        Path db = root.resolve("db");
        try (ChildProcess service = ChildProcess.start(OwnJvm.command(AllianceGraphApplication.class, "512m", "--server.port=0",
                "--spring.main.banner-mode=off", "--alliance-graph.embedded.data-directory=" + db,
                "--alliance-graph.embedded.page-cache=64m", "--alliance-graph.security.editor-api-keys=shutdown-test-key"))) {
            // A first start loads the reference and demonstration data: minutes at most, even on a busy machine.
            int port = service.await(PORT, Duration.ofMinutes(5)).map(Integer::parseInt).orElse(0);
            assertThat(port).as("the service started: %s", service.tail()).isPositive();
            // The web server answers once the data is loaded (the loaders run before it starts).

            URI graphql = URI.create("http://127.0.0.1:" + port + "/graphql");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(Thread.ofPlatform().daemon().start(() -> {
                    for (int i = 0; loading.get(); i++) {
                        String id = "shutdown-" + client + "-" + i;
                        String body = switch ((client + i) % 4) {
                            case 0 -> """
                                    {"query": "mutation($id: ID!) { upsertOrganisation(input: {id: $id, name: \\"Arrêt\\", kind: ASSOCIATION, provenance: {source: \\"lerameau-2022-action\\"}}) { id } }", "variables": {"id": "%s"}}""".formatted(id);
                            case 1 -> """
                                    {"query": "{ partners(organisation: \\"le-rameau\\", depth: 2, first: 50) { totalCount edges { distance organisation { id name } } } }"}""";
                            case 2 -> """
                                    {"query": "{ ecosystem(scope: {territory: \\"region:11\\"}) { scope { name } actors(first: 20) { totalCount } } }"}""";
                            default -> """
                                    {"query": "{ search(text: \\"fondation\\", first: 20) { score } }"}""";
                        };
                        try {
                            HttpResponse<String> response = http.send(HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/json").header("X-API-Key", "shutdown-test-key")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            answered.incrementAndGet();
                            if (body.contains("upsertOrganisation") && response.statusCode() == 200
                                    && response.body().contains("\"id\":\"" + id + "\"") && !response.body().contains("\"errors\"")) {
                                acknowledged.add(id);
                            }
                        } catch (Exception refusedOrCut) {
                            // Once the stop has begun, connections are refused or cut: that is expected.
                        }
                    }
                }));
            }
            // Under load until the service has answered every client and acknowledged writes: seconds on a
            // quiet machine, longer on a busy one (a deadline, not a duration, so speed does not matter).
            long loadedUntil = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while ((answered.get() <= 2 * CLIENTS || acknowledged.size() < 4) && System.nanoTime() < loadedUntil) {
                Thread.sleep(200);
            }
            Thread.sleep(1_000);
            int beforeStop = answered.get();
            int acknowledgedBeforeStop = acknowledged.size();
            assertThat(beforeStop).as("the clients were answered before the stop").isGreaterThan(CLIENTS);
            assertThat(acknowledgedBeforeStop).as("writes were acknowledged before the stop: %s", service.tail()).isPositive();

            long stopAsked = System.nanoTime();
            service.process().destroy(); // SIGTERM, as docker stop or systemd sends it
            boolean ended = service.endsWithin(STOP_WITHIN.plusSeconds(20));
            Duration took = Duration.ofNanos(System.nanoTime() - stopAsked);
            loading.set(false);
            for (Thread t : clients) {
                t.join(35_000);
            }
            System.out.printf("shutdown: %d requests answered under load by %d clients (%d writes acknowledged), "
                    + "then SIGTERM: the process ended in %d ms; %d writes acknowledged in all%n",
                    beforeStop, CLIENTS, acknowledgedBeforeStop, took.toMillis(), acknowledged.size());
            assertThat(ended).as("the process ended after SIGTERM: %s", service.tail()).isTrue();
            assertThat(took).as("time from SIGTERM to exit").isLessThan(STOP_WITHIN);

            // The store opens again (no recovery failure) with every acknowledged write in it.
            DatabaseManagementService dbms = OwnJvm.openStore(db);
            try {
                long found = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally(
                        "MATCH (o:Organisation) WHERE o.id IN $ids RETURN count(o) AS n", Map.of("ids", List.copyOf(acknowledged)),
                        result -> (Long) result.next().get("n"));
                assertThat(found).isEqualTo(acknowledged.size());
            } finally {
                dbms.shutdown();
            }
        }
    }
}

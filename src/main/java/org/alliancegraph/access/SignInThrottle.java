package org.alliancegraph.access;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.graph.CypherText;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: past {@code maxFailures} failed sign-ins for one address within the
 * lockout window (or five times as many from one client address, against trying many addresses),
 * signing in there is refused until the oldest failure leaves the window, with the right password
 * too. The failures are nodes, so every instance of the service counts the same ones.
 */
@Component
class SignInThrottle {

    private static final String FAILURES = CypherText.read("session/throttle-failures.cypher");
    private static final String FAILED = CypherText.read("session/throttle-failed.cypher");
    private static final String SUCCEEDED = CypherText.read("session/throttle-succeeded.cypher");

    private final Neo4jClient client;
    private final int maxFailures;
    private final Duration window;

    SignInThrottle(Neo4jClient client, AccountProperties properties) {
        this.client = client;
        this.maxFailures = Math.max(1, properties.maxFailures());
        this.window = properties.lockout();
    }

    /** How long signing in for this address from this client is refused still; zero when it is not. */
    Duration refusedFor(String email, String client, Instant now) {
        Map<String, List<Instant>> failures = new HashMap<>();
        this.client.query(FAILURES).bindAll(Map.of("keys", List.of(byEmail(email), byClient(client)), "lockout", window.toString()))
                .fetch().all().forEach(row -> failures.put((String) row.get("key"),
                        ((List<?>) row.get("times")).stream().map(t -> Instant.ofEpochMilli(((Number) t).longValue())).toList()));
        Duration address = wait(failures.getOrDefault(byEmail(email), List.of()), maxFailures, now);
        Duration machine = wait(failures.getOrDefault(byClient(client), List.of()), maxFailures * 5, now);
        return address.compareTo(machine) >= 0 ? address : machine;
    }

    void failed(String email, String client) {
        this.client.query(FAILED).bind(List.of(byEmail(email), byClient(client))).to("keys").run();
    }

    /** A right password clears the address's failures (not the client's). */
    void succeeded(String email) {
        client.query(SUCCEEDED).bind(byEmail(email)).to("key").run();
    }

    private static String byEmail(String email) {
        return "email:" + email;
    }

    private static String byClient(String client) {
        return "client:" + client;
    }

    /** Refused until enough failures (oldest first) leave the window for one more try. */
    private Duration wait(List<Instant> times, int allowed, Instant now) {
        if (times.size() < allowed) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, times.get(times.size() - allowed).plus(window));
        return left.isNegative() ? Duration.ZERO : left;
    }
}

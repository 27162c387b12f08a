package org.alliancegraph.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: past {@code maxFailures} failed sign-ins for one address within the
 * lockout window (or five times as many from one client address, against trying many addresses),
 * signing in there is refused until the oldest failure leaves the window, with the right password
 * too. Kept in memory (bounded): a second instance keeps its own counts.
 */
@Component
class SignInThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Cache<String, Deque<Instant>> failures;

    SignInThrottle(AccountProperties properties) {
        this.maxFailures = Math.max(1, properties.maxFailures());
        this.window = properties.lockout();
        this.failures = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterAccess(window.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    /** How long signing in for this address from this client is refused still; zero when it is not. */
    Duration refusedFor(String email, String client, Instant now) {
        Duration byEmail = wait("email:" + email, maxFailures, now);
        Duration byClient = wait("client:" + client, maxFailures * 5, now);
        return byEmail.compareTo(byClient) >= 0 ? byEmail : byClient;
    }

    void failed(String email, String client, Instant now) {
        add("email:" + email, now);
        add("client:" + client, now);
    }

    /** A right password clears the address's failures (not the client's). */
    void succeeded(String email) {
        failures.invalidate("email:" + email);
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > maxFailures * 5) {
                times.removeFirst();
            }
        }
    }

    private Duration wait(String key, int allowed, Instant now) {
        Deque<Instant> times = failures.getIfPresent(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            times.removeIf(t -> !t.plus(window).isAfter(now));
            if (times.size() < allowed) {
                return Duration.ZERO;
            }
            // Refused until enough failures leave the window for one more try.
            Instant[] ordered = times.toArray(Instant[]::new);
            return Duration.between(now, ordered[times.size() - allowed].plus(window));
        }
    }
}

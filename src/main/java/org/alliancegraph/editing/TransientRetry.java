package org.alliancegraph.editing;

import java.time.Duration;
import java.util.function.Supplier;

import org.neo4j.driver.exceptions.RetryableException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.TransientDataAccessException;

/**
 * Runs a mutation's transaction again when Neo4j rolled it back on a transient error: a deadlock
 * between two writers of the same nodes, a leader switch in a cluster. The whole transaction is
 * run again (it was rolled back, so nothing of it stayed), after a short randomised pause, so the
 * client sees the answer instead of {@code INTERNAL_ERROR}. 16 concurrent writes of one membership
 * answered a fifth of them with a deadlock before.
 */
final class TransientRetry {

    private static final RetryTemplate RETRY = new RetryTemplate(RetryPolicy.builder()
            .predicate(TransientRetry::isTransient)
            .maxRetries(8)
            .delay(Duration.ofMillis(10))
            .jitter(Duration.ofMillis(10))
            .multiplier(2)
            .maxDelay(Duration.ofMillis(400))
            .build());

    private TransientRetry() {
    }

    /** {@code work} must open its own transaction (a call through the transactional service). */
    static <T> T run(Supplier<T> work) {
        return RETRY.invoke(work);
    }

    static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RetryableException) {
                return true;
            }
        }
        return false;
    }
}

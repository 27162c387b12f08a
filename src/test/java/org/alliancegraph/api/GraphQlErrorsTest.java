package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;

class GraphQlErrorsTest {

    @Test
    void a_transaction_stopped_by_its_timeout_is_told_apart_from_other_failures() {
        // As the load test saw it: a lock wait past the timeout, translated by Spring Data Neo4j.
        var stopped = new InvalidDataAccessResourceUsageException("The transaction has been terminated.",
                new ClientException("Neo.ClientError.Transaction.LockClientStopped", "The transaction has been terminated."));
        assertThat(GraphQlErrors.terminated(stopped)).isTrue();
        assertThat(GraphQlErrors.terminated(new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                "timed out"))).isTrue();
        assertThat(GraphQlErrors.terminated(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad"))).isFalse();
        assertThat(GraphQlErrors.terminated(new IllegalStateException("other"))).isFalse();
    }
}

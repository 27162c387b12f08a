package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.mock.web.MockHttpServletResponse;

/** An HTTP export or import stopped by a time limit: 503, Retry-After and a message; anything else is not its business. */
class TimeLimitAdviceTest {

    final TimeLimitAdvice advice = new TimeLimitAdvice();

    @Test
    void a_request_stopped_by_the_database_time_limit_answers_503_with_retry_after() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        advice.timeLimit(new InvalidDataAccessResourceUsageException("terminated", new ClientException(
                "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out")), response);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).contains("\"classification\":\"TIMEOUT\"", "try again in a few seconds")
                .doesNotContain("Exception", "Neo.ClientError");
    }

    @Test
    void other_database_failures_are_left_to_the_usual_handling() {
        var other = new InvalidDataAccessResourceUsageException("bad", new ClientException("Neo.ClientError.Statement.SyntaxError", "x"));
        assertThatThrownBy(() -> advice.timeLimit(other, new MockHttpServletResponse())).isSameAs(other);
    }
}

package org.alliancegraph.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The HTTP endpoints outside GraphQL (exports, backups, imports) stopped by a time limit answer
 * 503 with {@code Retry-After} and a GraphQL-shaped {@code TIMEOUT} error, as GraphQL requests get
 * {@code TIMEOUT}: the database stopped the work and nothing of it was written, so the same request
 * may be sent again. Other failures go on to Spring's handling.
 */
@RestControllerAdvice
class TimeLimitAdvice {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(TimeLimitAdvice.class);

    @ExceptionHandler({DataAccessException.class, TransactionException.class, Neo4jException.class})
    void timeLimit(RuntimeException e, HttpServletResponse response) throws IOException {
        if (!GraphQlErrors.terminated(e)) {
            throw e;
        }
        if (response.isCommitted()) {
            // A stream already under way can only be cut short; the client sees an incomplete file.
            log.warn("a streamed answer was stopped by its time limit after it had started");
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        ErrorBody.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "TIMEOUT", "the database stopped this request "
                + "after its time limit, and nothing of it was written; try again in a few seconds, or ask for less "
                + "(a narrower scope, fewer nodes)");
    }
}

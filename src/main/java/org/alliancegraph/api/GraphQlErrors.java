package org.alliancegraph.api;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Turns input problems into GraphQL errors a person can act on: classification BAD_REQUEST, the path
 * of the field, and an {@code argument} extension naming the bad argument or input field.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    /** A write whose {@code expectedVersion} no longer matches: read again, then write. */
    static final ErrorClassification CONFLICT = ErrorClassification.errorClassification("CONFLICT");
    /** A request whose transaction ran out of time: rolled back, so it may be sent again. */
    static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

    static boolean terminated(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof Neo4jException neo4j && neo4j.code() != null
                    && (neo4j.code().contains("TransactionTimedOut") || neo4j.code().contains("Terminated")
                            || neo4j.code().contains("LockClientStopped"))) {
                return true;
            }
            if (t instanceof TransactionTimedOutException) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidInputException invalid) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(invalid.getMessage())
                    .extensions(Map.of("argument", invalid.field())).build();
        }
        if (ex instanceof ConflictException conflict) {
            return GraphqlErrorBuilder.newError(env).errorType(CONFLICT).message(conflict.getMessage())
                    .extensions(Map.of("argument", conflict.field())).build();
        }
        if (terminated(ex)) {
            // The transaction ran out of time (spring.transaction.default-timeout) and was rolled back.
            return GraphqlErrorBuilder.newError(env).errorType(TIMEOUT).message("the database stopped this request after "
                    + "its transaction timeout, and nothing of it was written; try again, or ask for less (a smaller page, "
                    + "a narrower scope)").build();
        }
        if (ex instanceof AccessDeniedException denied) {
            return GraphqlErrorBuilder.newError(env).errorType(denied.type()).message(denied.getMessage()).build();
        }
        return null;
    }
}

package org.alliancegraph.api;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns input problems into GraphQL errors a person can act on: classification BAD_REQUEST, the path
 * of the field, and an {@code argument} extension naming the bad argument or input field.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    /** A write whose {@code expectedVersion} no longer matches: read again, then write. */
    static final ErrorClassification CONFLICT = ErrorClassification.errorClassification("CONFLICT");

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
        if (ex instanceof AccessDeniedException denied) {
            return GraphqlErrorBuilder.newError(env).errorType(denied.type()).message(denied.getMessage()).build();
        }
        return null;
    }
}

package org.alliancegraph.api;

import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;

/**
 * How large one GraphQL request may be, checked before anything runs: nested partners eight levels
 * deep from a well-connected organisation filled a 1 GB heap, and four levels returned 26 MB.
 *
 * @param maxDepth      how deeply fields may nest
 * @param maxComplexity the request's cost: each field costs 1 plus what it selects, times the page
 *                      it asks for when it takes {@code first} (its default when not given), so
 *                      {@code partners { organisation { partners { ... } } } }} multiplies
 * @param maxBodyBytes  the largest POST body read, in bytes; a larger one is refused with 413
 *                      before it is parsed
 */
@ConfigurationProperties("alliance-graph.limits")
public record QueryLimits(@DefaultValue("15") int maxDepth, @DefaultValue("2000000") int maxComplexity,
        @DefaultValue("1048576") int maxBodyBytes) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(QueryLimits.class)
    static class Instrumentations {

        @Bean
        Instrumentation maxQueryDepth(QueryLimits limits) {
            return new MaxQueryDepthInstrumentation(limits.maxDepth(), info -> {
                throw refusal("max-depth", info.getDepth(), limits.maxDepth(), "the query nests " + info.getDepth()
                        + " levels deep; at most " + limits.maxDepth() + " are allowed (alliance-graph.limits.max-depth): "
                        + "ask for fewer nested levels, or follow the links in a second request");
            });
        }

        @Bean
        Instrumentation maxQueryComplexity(QueryLimits limits) {
            return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), Instrumentations::complexity, info -> {
                throw refusal("max-complexity", info.getComplexity(), limits.maxComplexity(), "the query could return up to "
                        + info.getComplexity() + " fields (each page size multiplies what it nests); at most "
                        + limits.maxComplexity() + " are allowed (alliance-graph.limits.max-complexity): ask for smaller "
                        + "pages (first) or fewer nested lists");
            });
        }

        /**
         * 1 plus the children, times the page size of a field that takes {@code first} (a list or a
         * connection, given or by default); saturates instead of overflowing.
         */
        static int complexity(FieldComplexityEnvironment env, int children) {
            long cost = 1L + children;
            if (env.getArguments().get("first") instanceof Number n) {
                cost *= Math.max(1, n.longValue());
            }
            return (int) Math.min(Integer.MAX_VALUE, cost);
        }

        static AbortExecutionException refusal(String limit, int value, int max, String message) {
            return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                    .message(message).extensions(Map.of("limit", limit, "value", value, "max", max)).build()));
        }
    }
}

package org.alliancegraph.editing;

import org.alliancegraph.access.ApiKeys;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the {@code X-API-Key} header and puts what it is worth ({@link ApiKeys.Presented}) in the
 * GraphQL context. Reads need no key; mutations check the mark.
 */
@Component
class EditorAccess implements WebGraphQlInterceptor {

    static final String ROLE = "alliance-graph.role";

    private final ApiKeys keys;

    EditorAccess(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        ApiKeys.Presented role = keys.presented(request.getHeaders().getFirst(ApiKeys.HEADER));
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(c -> c.put(ROLE, role)).build());
        return chain.next(request);
    }
}

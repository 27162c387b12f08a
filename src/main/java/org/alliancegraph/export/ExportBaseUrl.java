package org.alliancegraph.export;

import java.net.URI;
import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts the scheme, host and port a GraphQL request came to into its context, for absolute export links. */
@Component
class ExportBaseUrl implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        URI uri = request.getUri().toUri();
        if (uri.getScheme() != null && uri.getRawAuthority() != null) {
            String path = request.getUri().getPath();
            String base = uri.getScheme() + "://" + uri.getRawAuthority()
                    + (path == null ? "" : path.replaceFirst("/graphql/?$", ""));
            request.configureExecutionInput((input, builder) -> builder
                    .graphQLContext(Map.of(ExportLinksController.BASE_URL, base)).build());
        }
        return chain.next(request);
    }
}

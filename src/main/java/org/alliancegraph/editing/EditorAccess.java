package org.alliancegraph.editing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the {@code X-API-Key} header and, when it is one of the configured editor keys, marks the
 * request as an editor's in the GraphQL context. Reads need no key; mutations check the mark.
 */
@Component
class EditorAccess implements WebGraphQlInterceptor {

    static final String HEADER = "X-API-Key";
    static final String ROLE = "alliance-graph.role";

    enum Presented {
        NONE, INVALID, EDITOR
    }

    private final List<byte[]> keys;

    EditorAccess(@Value("${alliance-graph.security.editor-api-keys:}") List<String> keys) {
        this.keys = keys.stream().filter(k -> !k.isBlank()).map(k -> k.strip().getBytes(StandardCharsets.UTF_8)).toList();
    }

    boolean writesEnabled() {
        return !keys.isEmpty();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String presented = request.getHeaders().getFirst(HEADER);
        Presented role = presented == null ? Presented.NONE : matches(presented) ? Presented.EDITOR : Presented.INVALID;
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(c -> c.put(ROLE, role)).build());
        return chain.next(request);
    }

    private boolean matches(String presented) {
        byte[] candidate = presented.strip().getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (byte[] key : keys) {
            // Constant-time comparison, and no early exit, so timing tells nothing about the keys.
            found |= MessageDigest.isEqual(key, candidate);
        }
        return found;
    }
}

package org.alliancegraph.api;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parsed and validated GraphQL documents, by their text. Clients (the explorer, visualisation tools,
 * scripts) send the same few documents with different variables; parsing and validating one again
 * costs more than the lookup. Bounded: past {@link #MAX_ENTRIES} documents the cache starts afresh,
 * and documents longer than {@link #MAX_LENGTH} characters are not kept.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    static final int MAX_ENTRIES = 1_000;
    static final int MAX_LENGTH = 20_000;

    private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
        PreparsedDocumentEntry entry = documents.get(text);
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (text.length() <= MAX_LENGTH) {
                if (documents.size() >= MAX_ENTRIES) {
                    documents.clear();
                }
                documents.put(text, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    int size() {
        return documents.size();
    }

    @Configuration(proxyBeanMethods = false)
    static class DocumentCacheConfiguration {

        @Bean
        DocumentCache documentCache() {
            return new DocumentCache();
        }

        @Bean
        GraphQlSourceBuilderCustomizer documentCacheCustomizer(DocumentCache cache) {
            return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
        }
    }
}

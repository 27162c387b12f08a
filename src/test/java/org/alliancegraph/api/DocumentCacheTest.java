package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import org.junit.jupiter.api.Test;

/** The document cache parses each text once, stays bounded and keeps no over-long document. */
class DocumentCacheTest {

    final DocumentCache cache = new DocumentCache();
    final AtomicInteger parsed = new AtomicInteger();
    final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Document.newDocument().build());
    };

    PreparsedDocumentEntry get(String text) {
        return cache.getDocumentAsync(ExecutionInput.newExecutionInput(text).build(), parse).join();
    }

    @Test
    void a_document_is_parsed_once_whatever_its_variables() {
        PreparsedDocumentEntry first = get("{ a }");
        assertThat(get("{ a }")).isSameAs(first);
        assertThat(parsed).hasValue(1);
        get("{ b }");
        assertThat(parsed).hasValue(2);
    }

    @Test
    void the_cache_starts_afresh_when_full_and_skips_long_documents() {
        for (int i = 0; i < DocumentCache.MAX_ENTRIES; i++) {
            get("{ f" + i + " }");
        }
        assertThat(cache.size()).isEqualTo(DocumentCache.MAX_ENTRIES);
        get("{ one_more }");
        assertThat(cache.size()).isEqualTo(1);

        String longDocument = "{ " + "x ".repeat(DocumentCache.MAX_LENGTH) + "}";
        get(longDocument);
        get(longDocument);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(parsed).hasValue(DocumentCache.MAX_ENTRIES + 1 + 2);
    }
}

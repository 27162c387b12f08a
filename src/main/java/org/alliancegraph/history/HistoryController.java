package org.alliancegraph.history;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.organisation.Organisation;
import org.dataloader.DataLoader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** {@code history} of organisations and alliances: one statement per GraphQL level and page size. */
@Controller
class HistoryController {

    private static final String OF_SUBJECTS = CypherText.read("history/of-subjects.cypher");
    static final int MAX_FIRST = 500;

    record Key(ChangeLog.Subject kind, String subject, int first) {
    }

    /** The keys one statement answers: same kind of subject, same page size. */
    private record Shape(ChangeLog.Subject kind, int first) {
    }

    private final Neo4jClient client;

    HistoryController(Neo4jClient client, BatchLoaderRegistry registry) {
        this.client = client;
        registry.forTypePair(Key.class, List.class).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
    }

    @SchemaMapping(typeName = "Organisation", field = "history")
    CompletableFuture<List<Change>> organisation(Organisation organisation, @Argument Integer first, DataLoader<Key, List<Change>> loader) {
        return loader.load(new Key(ChangeLog.Subject.Organisation, organisation.id(), size(first)));
    }

    @SchemaMapping(typeName = "Alliance", field = "history")
    CompletableFuture<List<Change>> alliance(Alliance alliance, @Argument Integer first, DataLoader<Key, List<Change>> loader) {
        return loader.load(new Key(ChangeLog.Subject.Alliance, alliance.id(), size(first)));
    }

    private static int size(Integer first) {
        int size = first == null ? 20 : first;
        if (size < 0 || size > MAX_FIRST) {
            throw new InvalidInputException("first", "first must be between 0 and " + MAX_FIRST);
        }
        return size;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Map<Key, List> load(Set<Key> keys) {
        Map<Key, List> answers = new HashMap<>();
        Map<Shape, List<Key>> byShape = keys.stream().collect(Collectors.groupingBy(k -> new Shape(k.kind(), k.first())));
        byShape.forEach((shape, group) -> {
            Map<String, List<Change>> found = new HashMap<>();
            // The subjects' label from the enum: Organisation and Alliance are their node labels too.
            client.query(CypherText.fill(OF_SUBJECTS, Map.of("label", shape.kind().name()))).bindAll(Map.of("subjectKind", shape.kind().name(), "first", shape.first(),
                    "subjects", group.stream().map(Key::subject).toList()))
                    .fetch().all().forEach(row -> found.put((String) row.get("subject"), changes(row.get("changes"))));
            group.forEach(k -> answers.put(k, found.getOrDefault(k.subject(), List.of())));
        });
        return answers;
    }

    private static List<Change> changes(Object value) {
        return ((List<?>) value).stream().map(v -> (Map<?, ?>) v)
                .map(m -> new Change((ZonedDateTime) m.get("at"), (String) m.get("by"), (String) m.get("operation"),
                        m.get("fields") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(),
                        m.get("version") instanceof Number n ? n.longValue() : null))
                .sorted(Comparator.comparing(Change::at).reversed()).toList();
    }
}

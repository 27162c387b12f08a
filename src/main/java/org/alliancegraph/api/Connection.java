package org.alliancegraph.api;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * A Relay connection page. {@code totalCount} is computed only if a client asks for it (a count query
 * over the same filter), so paging through a large graph does not pay for counting it.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, IntSupplier totalCountQuery) {

    public record Edge<T>(String cursor, T node) {
    }

    public int totalCount() {
        return totalCountQuery.getAsInt();
    }

    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }

    /** Builds a page from {@code first + 1} fetched items: the extra one only tells that a next page exists. */
    public static <T> Connection<T> of(List<T> fetched, int first, Function<T, Cursor> cursorOf, boolean hasPrevious,
            IntSupplier totalCount) {
        boolean hasNext = fetched.size() > first;
        List<T> page = hasNext ? fetched.subList(0, first) : fetched;
        List<Edge<T>> edges = page.stream().map(item -> new Edge<>(cursorOf.apply(item).encode(), item)).toList();
        PageInfo info = PageInfo.of(edges, Edge::cursor, hasNext, hasPrevious);
        return new Connection<>(edges, info, totalCount);
    }
}

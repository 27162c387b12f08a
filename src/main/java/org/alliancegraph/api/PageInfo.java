package org.alliancegraph.api;

/** Relay page information (forward pagination). */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

    /** The page information of {@code page}, whose cursors {@code cursorOf} gives. */
    public static <T> PageInfo of(java.util.List<T> page, java.util.function.Function<T, String> cursorOf, boolean hasNext,
            boolean hasPrevious) {
        return new PageInfo(hasNext, hasPrevious, page.isEmpty() ? null : cursorOf.apply(page.getFirst()),
                page.isEmpty() ? null : cursorOf.apply(page.getLast()));
    }
}

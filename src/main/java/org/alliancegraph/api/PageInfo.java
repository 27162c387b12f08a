package org.alliancegraph.api;

import java.util.List;
import java.util.function.Function;

/** Relay page information (forward pagination). */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

    /** The page information of {@code page}, whose cursors {@code cursorOf} gives. */
    public static <T> PageInfo of(List<T> page, Function<T, String> cursorOf, boolean hasNext,
            boolean hasPrevious) {
        return new PageInfo(hasNext, hasPrevious, page.isEmpty() ? null : cursorOf.apply(page.getFirst()),
                page.isEmpty() ? null : cursorOf.apply(page.getLast()));
    }
}

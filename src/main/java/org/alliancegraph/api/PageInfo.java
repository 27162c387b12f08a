package org.alliancegraph.api;

/** Relay page information (forward pagination). */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
}

package org.alliancegraph.partnership;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.api.PageInfo;
import org.alliancegraph.api.Cursor;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.graph.HubCache;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PartnershipController {

    static final int MAX_DEPTH = InvalidInputException.MAX_PARTNER_DEPTH;
    static final int MAX_PATH_DEPTH = 6;
    static final int MAX_PAGE = 500;
    static final int MAX_PATHS = 100;

    // The order (nearest first, then most shared alliances, then name and id) is total, so cursors
    // are stable; PartnershipQueries.reachable sorts and pages in the database.

    private final PartnershipQueries queries;
    private final HubCache hubs;

    PartnershipController(PartnershipQueries queries, HubCache hubs) {
        this.queries = queries;
        this.hubs = hubs;
    }

    /** Hub cache key: everything the page depends on. */
    private record PageKey(String organisation, int depth, AllianceFilter filter, PartnershipQueries.After after, int limit,
            boolean withTotal, PartnershipQueries.Wanted wanted) {
    }

    record PartnerConnection(List<PartnerEdge> edges, PageInfo pageInfo, int totalCount, boolean totalCountCapped) {
    }

    @QueryMapping
    PartnerConnection partners(@Argument String organisation, @Argument Integer depth,
            @Argument AllianceFilter filter, @Argument Integer first, @Argument String after,
            DataFetchingFieldSelectionSet selection) {
        int hops = InvalidInputException.partnerDepth("depth", depth);
        int size = InvalidInputException.pageSize("first", first, 50, MAX_PAGE);
        Cursor cursor = Cursor.decode("after", after);
        // One more than the page, to tell whether there is a next one. A hub's page is kept until the graph changes.
        PageKey key = new PageKey(organisation, hops, AllianceFilter.orNone(filter), cursor == null ? null : marker(cursor),
                size + 1, selection.contains("totalCount") || selection.contains("totalCountCapped"),
                new PartnershipQueries.Wanted(selection.contains("edges/sharedAlliances"), selection.contains("edges/path")));
        PartnershipQueries.ReachablePage found = hubs.getOrCompute(key, PartnershipQueries.ReachablePage.class,
                () -> queries.reachable(key.organisation(), key.depth(), key.filter(), key.after(), key.limit(),
                        key.withTotal(), key.wanted()),
                PartnershipQueries.ReachablePage::memberships, p -> p.edges().size());
        boolean hasNext = found.edges().size() > size;
        List<PartnerEdge> page = hasNext ? found.edges().subList(0, size) : found.edges();
        return new PartnerConnection(page, PageInfo.of(page, PartnerEdge::cursor, hasNext, cursor != null), found.total(),
                found.capped());
    }

    @QueryMapping
    List<PartnershipPath> partnershipPaths(@Argument String from, @Argument String to, @Argument Integer maxDepth,
            @Argument AllianceFilter filter, @Argument Integer first) {
        int hops = maxDepth == null ? 4 : maxDepth;
        if (hops < 1 || hops > MAX_PATH_DEPTH) {
            throw new InvalidInputException("maxDepth", "'maxDepth' must be between 1 and " + MAX_PATH_DEPTH + ", got " + hops);
        }
        if (from.equals(to)) {
            throw new InvalidInputException("to", "'from' and 'to' are the same organisation");
        }
        int size = InvalidInputException.pageSize("first", first, 10, MAX_PATHS);
        return queries.shortestPaths(from, to, hops, AllianceFilter.orNone(filter), size);
    }

    /** The sort key a cursor carries (PartnerEdge.cursor): distance, shared count, name, id. */
    private static PartnershipQueries.After marker(Cursor cursor) {
        String[] parts = cursor.sortValue().split("\\|", 3);
        try {
            return new PartnershipQueries.After(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2], cursor.id());
        } catch (RuntimeException e) {
            throw new InvalidInputException("after", "'after' is not a cursor of this partners list");
        }
    }
}

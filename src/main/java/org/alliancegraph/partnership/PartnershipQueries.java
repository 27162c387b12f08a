package org.alliancegraph.partnership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.Reads;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.organisation.Partner;
import org.alliancegraph.vocabulary.PartnerRole;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Traversals of the organisation–alliance graph. A hop is organisation -PARTNER_IN-> alliance
 * <-PARTNER_IN- organisation, where the alliance (and, with activeAt, both memberships) match the
 * filter. Shortest paths use Cypher's SHORTEST: a breadth-first search, not an enumeration of paths.
 */
@Component
public class PartnershipQueries {

    private final Neo4jClient client;

    PartnershipQueries(@Reads Neo4jClient client) {
        this.client = client;
    }

    /**
     * The hop pattern, quantified {1,maxHops}, with the filter written in (its parameters go into
     * {@code params}); maxHops is a validated int, the only non-parameter.
     */
    private static String hops(AllianceFilter filter, int maxHops, Map<String, Object> params) {
        AllianceFilter.Filled hop = filter.fill("""
                ((x:Organisation)-[r1:PARTNER_IN]->(a:Alliance)<-[r2:PARTNER_IN]-(y:Organisation)
                  WHERE x <> y AND true /*hop(a, r1, r2)*/){1,%d}""".formatted(maxHops));
        params.putAll(hop.parameters());
        return hop.cypher();
    }

    /**
     * Past this many organisations within reach, {@code totalCount} stops counting (and says so)
     * when the page itself does not need the organisations beyond the direct partners.
     */
    public static final int COUNT_CAP = 10_000;

    /**
     * One page of the organisations within reach, and how many there are in all: {@code total} is
     * -1 when not asked for; {@code capped} when counting stopped at the cap ({@link #COUNT_CAP});
     * {@code memberships}: how many alliances the origin is partner in (is it a hub?).
     */
    public record ReachablePage(List<PartnerEdge> edges, int total, boolean capped, long memberships) {
    }

    /** Where a page starts: strictly after this (distance, shared count, name, id); null for the first page. */
    public record After(int distance, int shared, String name, String id) {
    }

    /**
     * The organisations within {@code depth} hops of {@code origin}, nearest first, then most shared
     * alliances, then name and id: the page of {@code limit} after {@code after}, and (if
     * {@code withTotal}) how many there are.
     * <p>
     * Breadth-first, one level at a time: level 1 is the direct partners; level k the organisations
     * partnering level k-1 and not nearer. The levels beyond 1 are read in full only when the page
     * reaches past the direct partners; otherwise, and only for the total, they are counted up to
     * {@link #COUNT_CAP}. So a hub's first page costs its direct partners, not the tens of thousands
     * of organisations two alliances away. Shared alliances are collected in the pass that finds
     * level 1; the farther rows' paths are walked back level by level. The statements, one per
     * depth, are cypher/partners/reachable-{1,2,3}.cypher.
     */
    public ReachablePage reachable(String origin, int depth, AllianceFilter filter, After after, int limit,
            boolean withTotal, Wanted wanted) {
        return reachable(origin, depth, filter, after, limit, withTotal, wanted, COUNT_CAP);
    }

    /**
     * What the page's rows carry besides the organisation, distance and shared count: the shared
     * alliances themselves, and a path to each row. A request that selects neither is spared a
     * walk back per farther row and the alliances' properties.
     */
    public record Wanted(boolean sharedAlliances, boolean paths) {
        public static final Wanted ALL = new Wanted(true, true);
    }

    /** As above, with the count's cap given (tests use a small one). */
    ReachablePage reachable(String origin, int depth, AllianceFilter filter, After after, int limit,
            boolean withTotal, int countCap) {
        return reachable(origin, depth, filter, after, limit, withTotal, Wanted.ALL, countCap);
    }

    private ReachablePage reachable(String origin, int depth, AllianceFilter filter, After after, int limit,
            boolean withTotal, Wanted wanted, int countCap) {
        AllianceFilter.Filled statement = filter.fill(REACHABLE.get(depth - 1));
        Map<String, Object> bound = new HashMap<>(statement.parameters());
        bound.put("origin", origin);
        bound.put("limit", limit);
        bound.put("withTotal", withTotal);
        bound.put("withShared", wanted.sharedAlliances());
        bound.put("withPaths", wanted.paths());
        bound.put("cap", countCap);
        bound.put("countLimit", countCap + 1);
        bound.put("afterDistance", after == null ? null : after.distance());
        bound.put("afterShared", after == null ? null : after.shared());
        bound.put("afterName", after == null ? null : after.name());
        bound.put("afterId", after == null ? null : after.id());
        // One row: the page's edges in order, the total, whether counting stopped, the origin's memberships.
        return client.query(statement.cypher()).bindAll(bound).fetchAs(ReachablePage.class).mappedBy((ts, r) -> {
            List<PartnerEdge> edges = Rows.list(r.get("edges"), e -> new PartnerEdge(Partner.from(e), e.get("distance").asInt(),
                    e.get("nodes").isNull() ? null : path(e)));
            return r.get("capped").asBoolean() ? new ReachablePage(edges, countCap, true, r.get("memberships").asLong())
                    : new ReachablePage(edges, r.get("total").asInt(), false, r.get("memberships").asLong());
        }).one().orElse(new ReachablePage(List.of(), 0, false, 0));
    }

    /**
     * The partners statements by depth (1 to {@code PartnershipController.MAX_DEPTH}), from
     * cypher/partners: fixed text but for the filter's slots ({@link AllianceFilter#fill}).
     */
    private static final List<String> REACHABLE = List.of(statement("reachable-1"), statement("reachable-2"),
            statement("reachable-3"));

    private static String statement(String name) {
        return CypherText.read("partners/" + name + ".cypher");
    }

    /**
     * Every organisation within {@code depth} hops of {@code origin} and its distance, nearest first:
     * ids only, for callers that need the set and not the partner edges (an ecosystem's radius).
     */
    public Map<String, Integer> distances(String origin, int depth, AllianceFilter filter) {
        Map<String, Object> bound = new HashMap<>();
        String cypher = """
                MATCH (o:Organisation {id: $origin})
                MATCH p = ANY SHORTEST (o)%s(t:Organisation)
                WHERE t <> o
                RETURN t.id AS id, length(p) / 2 AS distance
                ORDER BY distance, id""".formatted(hops(filter, depth, bound));
        bound.put("origin", origin);
        Map<String, Integer> distances = new LinkedHashMap<>();
        client.query(cypher).bindAll(bound).fetch().all()
                .forEach(row -> distances.put((String) row.get("id"), ((Number) row.get("distance")).intValue()));
        return distances;
    }

    /** Up to {@code first} shortest paths (all of the same, minimal length) from one organisation to another. */
    public List<PartnershipPath> shortestPaths(String from, String to, int maxHops, AllianceFilter filter, int first) {
        Map<String, Object> bound = new HashMap<>();
        String cypher = """
                MATCH (a0:Organisation {id: $from}), (b0:Organisation {id: $to})
                MATCH p = ALL SHORTEST (a0)%s(b0)
                RETURN [n IN nodes(p) | n {.*}] AS nodes, [r IN relationships(p) | r.role] AS roles
                LIMIT $first""".formatted(hops(filter, maxHops, bound));
        bound.putAll(Map.of("from", from, "to", to, "first", first));
        return List.copyOf(client.query(cypher).bindAll(bound).fetchAs(PartnershipPath.class)
                .mappedBy((ts, r) -> path(r)).all());
    }

    /** nodes alternate organisation, alliance, organisation...; roles come two per alliance hop. */
    private static PartnershipPath path(MapAccessor r) {
        List<Value> nodes = r.get("nodes").asList(v -> v);
        List<Value> roles = r.get("roles").asList(v -> v);
        List<PathStep> steps = new ArrayList<>();
        for (int i = 0; i + 2 < nodes.size(); i += 2) {
            steps.add(new PathStep(Organisation.from(nodes.get(i)), PartnerRole.valueOf(roles.get(i).asString()),
                    Alliance.from(nodes.get(i + 1)), Organisation.from(nodes.get(i + 2)),
                    PartnerRole.valueOf(roles.get(i + 1).asString())));
        }
        return new PartnershipPath(steps);
    }
}

package org.alliancegraph.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.vocabulary.PartnerRole;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Traversals of the organisation–alliance graph. A hop is organisation -PARTNER_IN-> alliance
 * <-PARTNER_IN- organisation, where the alliance (and, with activeAt, both memberships) match the
 * filter. Shortest paths use Cypher's SHORTEST: a breadth-first search, not an enumeration of paths.
 */
@Component
@Transactional(readOnly = true)
public class PartnershipQueries {

    private final Neo4jClient client;

    PartnershipQueries(Neo4jClient client) {
        this.client = client;
    }

    /** The hop pattern, quantified {1,maxHops}; maxHops is a validated int, the only non-parameter. */
    private static String hops(AllianceFilter filter, int maxHops, Conditions params) {
        Conditions alliance = filter.apply(new Conditions(), "a", "f_");
        alliance.parameters().forEach(params::param);
        return "((x:Organisation)-[r1:PARTNER_IN]->(a:Alliance)<-[r2:PARTNER_IN]-(y:Organisation)\n"
                + "  WHERE x <> y AND " + alliance.cypher() + " AND " + filter.membershipInForce("r1", "f_") + " AND "
                + filter.membershipInForce("r2", "f_") + "){1," + maxHops + "}";
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
     * level 1; the farther rows' paths are walked back level by level.
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
        Conditions params = filter.apply(new Conditions(), "a", "f_");
        String a = params.cypher();
        StringBuilder cypher = new StringBuilder("""
                MATCH (o:Organisation {id: $origin})
                CALL (o) {
                  // No :Alliance label on the alliances of this statement: PARTNER_IN only ends at
                  // alliances, and without the label the planner cannot start a bound expansion from
                  // the Alliance(mode) index, once per row. It did, in one test order: 728,245 db hits.
                  MATCH (o)-[m1:PARTNER_IN]->(a)<-[m2:PARTNER_IN]-(t:Organisation)
                  WHERE t <> o AND %s AND %s AND %s
                  // The shared alliances themselves: the aggregation keeps them to count them anyway.
                  // Re-reading them for the page's rows, with a test of the origin's membership per
                  // alliance, cost a third of this statement's db hits.
                  WITH t, collect(DISTINCT a) AS shared
                  RETURN collect(t) AS level1, collect({t: t, shared: shared}) AS counts
                }
                CALL (o, counts) {
                  UNWIND counts AS c
                  WITH o, c.t AS t, c.shared AS shared, size(c.shared) AS sharedCount, c.t.name AS name, c.t.id AS id
                  WHERE $afterDistance IS NULL OR ($afterDistance = 1 AND (sharedCount < $afterShared
                        OR (sharedCount = $afterShared AND (name > $afterName OR (name = $afterName AND id > $afterId)))))
                  ORDER BY sharedCount DESC, name, id
                  LIMIT $limit
                  RETURN collect({t: t, distance: 1, shared: shared}) AS near
                }
                """.formatted(a, filter.membershipInForce("m1", "f_"), filter.membershipInForce("m2", "f_")));
        // Levels 2..depth, twice: in full when the page goes past the direct partners ("level"), else
        // counted up to the cap when the total is asked for ("counted").
        for (String kind : List.of("level", "counted")) {
            for (int k = 2; k <= depth; k++) {
                String previous = k == 2 ? "level1" : kind + (k - 1);
                StringBuilder nearer = new StringBuilder();
                for (int j = 1; j < k; j++) {
                    nearer.append(" AND NOT y IN ").append(j == 1 ? "level1" : kind + j);
                }
                // Depth is at most 3 (PartnershipController.MAX_DEPTH): level 3 needs level 2 besides level 1.
                String imports = "o, near, level1" + (k > 2 ? ", " + previous : "");
                cypher.append("""
                        CALL (%s) {
                          WITH %s WHERE %s
                          UNWIND %s AS x
                          MATCH (x)-[m1:PARTNER_IN]->(a)<-[m2:PARTNER_IN]-(y:Organisation)
                          WHERE y <> o%s AND %s AND %s AND %s
                          WITH DISTINCT y%s
                          RETURN collect(y) AS %s%d
                        }
                        """.formatted(imports, imports, kind.equals("level") ? "size(near) < $limit"
                                : "size(near) >= $limit AND $withTotal AND size(level1) <= $cap", previous, nearer, a,
                        filter.membershipInForce("m1", "f_"), filter.membershipInForce("m2", "f_"),
                        kind.equals("level") ? "" : " LIMIT $countLimit", kind, k));
            }
        }
        StringBuilder farther = new StringBuilder("[]");
        StringBuilder full = new StringBuilder("size(level1)");
        StringBuilder counted = new StringBuilder("size(level1)");
        for (int k = 2; k <= depth; k++) {
            farther.append(" + [y IN level%d | {t: y, distance: %d}]".formatted(k, k));
            full.append(" + size(level").append(k).append(')');
            counted.append(" + size(counted").append(k).append(')');
        }
        // Counted levels stop one past the cap: more than the cap means the count is incomplete.
        String capped = depth == 1 ? "false" : "size(near) >= $limit AND $withTotal AND " + counted + " > $cap";
        cypher.append("""
                CALL (o, near%s) {
                  WITH o, near%s WHERE size(near) < $limit
                  UNWIND %s AS r
                  WITH r.t AS t, r.distance AS distance, r.t.name AS name, r.t.id AS id
                  WHERE $afterDistance IS NULL OR distance > $afterDistance
                        OR (distance = $afterDistance AND (name > $afterName OR (name = $afterName AND id > $afterId)))
                  ORDER BY distance, name, id
                  LIMIT $limit
                  RETURN collect({t: t, distance: distance, shared: []}) AS far
                }
                WITH o, (near + far)[0..$limit] AS page,
                     CASE WHEN size(near) < $limit THEN %s WHEN $withTotal THEN %s ELSE -1 END AS total, %s AS capped,
                     COUNT { (o)-[:PARTNER_IN]->() } AS memberships%s
                UNWIND CASE WHEN page = [] THEN [null] ELSE page END AS e
                WITH o, e, e.t AS t, e.shared[0] AS link, total, capped, memberships%s
                %s
                RETURN total, capped, t {.*} AS t, e.distance AS distance, size(e.shared) AS sharedCount,
                       %s AS shared, %s AS nodes, %s AS roles, memberships
                """.formatted(levelImports(depth), levelImports(depth), farther, full, counted, capped,
                ", level1" + levelImports(depth), ", level1" + levelImports(depth), wanted.paths() ? farPaths(depth, filter) : "",
                wanted.sharedAlliances() ? "[s IN e.shared | s {.*}]" : "null",
                wanted.paths() ? "coalesce(%s[o {.*}, link {.*}, t {.*}])".formatted(farColumns(depth, "nodes")) : "null",
                wanted.paths() ? """
                        coalesce(%s[[(o)-[m:PARTNER_IN]->(link) WHERE %s | m.role][0],
                                 [(t)-[m:PARTNER_IN]->(link) WHERE %s | m.role][0]])""".formatted(farColumns(depth, "roles"),
                        filter.membershipInForce("m", "f_"), filter.membershipInForce("m", "f_")) : "null"));
        Map<String, Object> bound = new java.util.HashMap<>(params.parameters());
        bound.put("origin", origin);
        bound.put("limit", limit);
        bound.put("withTotal", withTotal);
        bound.put("cap", countCap);
        bound.put("countLimit", countCap + 1);
        bound.put("afterDistance", after == null ? null : after.distance());
        bound.put("afterShared", after == null ? null : after.shared());
        bound.put("afterName", after == null ? null : after.name());
        bound.put("afterId", after == null ? null : after.id());
        // One row per edge of the page, each carrying the total; a single row with no edge when the page is empty.
        record Row(PartnerEdge edge, int total, boolean capped, long memberships) {
        }
        List<Row> rows = List.copyOf(client.query(cypher.toString()).bindAll(bound).fetchAs(Row.class).mappedBy((ts, r) ->
                new Row(r.get("t").isNull() ? null : new PartnerEdge(Organisation.from(r.get("t")), r.get("distance").asInt(),
                        r.get("sharedCount").asInt(), wanted.sharedAlliances() ? Rows.list(r.get("shared"), Alliance::from) : null,
                        wanted.paths() ? path(r) : null), r.get("total").asInt(),
                        r.get("capped").asBoolean(), r.get("memberships").asLong())).all());
        List<PartnerEdge> edges = rows.stream().map(Row::edge).filter(java.util.Objects::nonNull).toList();
        if (rows.isEmpty()) {
            return new ReachablePage(edges, 0, false, 0);
        }
        Row first = rows.getFirst();
        return first.capped() ? new ReachablePage(edges, countCap, true, first.memberships())
                : new ReachablePage(edges, first.total(), false, first.memberships());
    }

    /**
     * A path for each farther row of the page, walked back from it one level at a time: a partner in
     * the level just nearer (the levels are disjoint, so one exists), then its partner nearer still,
     * down to the origin. Each step expands from the row's side, a few alliances, where a shortest-path
     * search per row expanded from the origin: a hub's thousands of alliances, once per row.
     */
    private static String farPaths(int depth, AllianceFilter filter) {
        StringBuilder b = new StringBuilder();
        for (int d = 2; d <= depth; d++) {
            StringBuilder levels = new StringBuilder();
            for (int k = 1; k < d; k++) {
                levels.append(", level").append(k);
            }
            b.append("OPTIONAL CALL (o, e, t").append(levels).append(") {\n");
            b.append("  WITH o, e, t").append(levels).append(" WHERE e.distance = ").append(d).append('\n');
            String carried = "o" + levels + ", x" + d;
            b.append("  WITH ").append(carried.replace(", x" + d, ", t AS x" + d)).append('\n');
            for (int k = d; k >= 1; k--) {
                String nearer = k == 1 ? "o" : "x" + (k - 1);
                b.append("  MATCH (x%d)-[b%d:PARTNER_IN]->(a%d)<-[c%d:PARTNER_IN]-(%s)\n".formatted(k, k, k, k,
                        k == 1 ? "o" : nearer + ":Organisation"));
                b.append("  WHERE %s AND %s AND %s AND %s\n".formatted(k == 1 ? "true" : nearer + " IN level" + (k - 1),
                        filter.apply(new Conditions(), "a" + k, "f_").cypher(), filter.membershipInForce("b" + k, "f_"),
                        filter.membershipInForce("c" + k, "f_")));
                carried += ", a" + k + ", b" + k + ", c" + k + (k == 1 ? "" : ", " + nearer);
                b.append("  WITH ").append(carried).append(" LIMIT 1\n");
            }
            List<String> nodes = new ArrayList<>();
            List<String> roles = new ArrayList<>();
            for (int k = 1; k <= d; k++) {
                nodes.add("a" + k + " {.*}");
                nodes.add("x" + k + " {.*}");
                roles.add("c" + k + ".role");
                roles.add("b" + k + ".role");
            }
            b.append("  RETURN [o {.*}, ").append(String.join(", ", nodes)).append("] AS nodes").append(d)
                    .append(", [").append(String.join(", ", roles)).append("] AS roles").append(d).append("\n}\n");
        }
        return b.toString();
    }

    /** "nodes3, nodes2, " for depth 3: the farther rows' paths, tried before the direct partners'. */
    private static String farColumns(int depth, String column) {
        StringBuilder b = new StringBuilder();
        for (int d = depth; d >= 2; d--) {
            b.append(column).append(d).append(", ");
        }
        return b.toString();
    }

    /** ", level2, level3" for depth 3: the full levels the farther rows are taken from. */
    private static String levelImports(int depth) {
        StringBuilder b = new StringBuilder();
        for (int k = 2; k <= depth; k++) {
            b.append(", level").append(k);
        }
        return b.toString();
    }

    /**
     * Every organisation within {@code depth} hops of {@code origin} and its distance, nearest first:
     * ids only, for callers that need the set and not the partner edges (an ecosystem's radius).
     */
    public Map<String, Integer> distances(String origin, int depth, AllianceFilter filter) {
        Conditions params = new Conditions();
        String cypher = """
                MATCH (o:Organisation {id: $origin})
                MATCH p = ANY SHORTEST (o)%s(t:Organisation)
                WHERE t <> o
                RETURN t.id AS id, length(p) / 2 AS distance
                ORDER BY distance, id""".formatted(hops(filter, depth, params));
        Map<String, Object> bound = new java.util.HashMap<>(params.parameters());
        bound.put("origin", origin);
        Map<String, Integer> distances = new java.util.LinkedHashMap<>();
        client.query(cypher).bindAll(bound).fetch().all()
                .forEach(row -> distances.put((String) row.get("id"), ((Number) row.get("distance")).intValue()));
        return distances;
    }

    /** Up to {@code first} shortest paths (all of the same, minimal length) from one organisation to another. */
    public List<PartnershipPath> shortestPaths(String from, String to, int maxHops, AllianceFilter filter, int first) {
        Conditions params = new Conditions();
        String cypher = """
                MATCH (a0:Organisation {id: $from}), (b0:Organisation {id: $to})
                MATCH p = ALL SHORTEST (a0)%s(b0)
                RETURN [n IN nodes(p) | n {.*}] AS nodes, [r IN relationships(p) | r.role] AS roles
                LIMIT $first""".formatted(hops(filter, maxHops, params));
        Map<String, Object> bound = new java.util.HashMap<>(params.parameters());
        bound.putAll(Map.of("from", from, "to", to, "first", first));
        return List.copyOf(client.query(cypher).bindAll(bound).fetchAs(PartnershipPath.class)
                .mappedBy((ts, r) -> path(r)).all());
    }

    /** nodes alternate organisation, alliance, organisation...; roles come two per alliance hop. */
    private static PartnershipPath path(Record r) {
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

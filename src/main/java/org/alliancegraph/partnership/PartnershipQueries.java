package org.alliancegraph.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.alliance.PartnerRole;
import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.organisation.Organisation;
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

    /** One page of the organisations within reach, and how many there are in all. */
    public record ReachablePage(List<PartnerEdge> edges, int total) {
    }

    /** Where a page starts: strictly after this (distance, shared count, name, id); null for the first page. */
    public record After(int distance, int shared, String name, String id) {
    }

    /**
     * The organisations within {@code depth} hops of {@code origin}, nearest first, then most shared
     * alliances, then name and id: the page of {@code limit} after {@code after}, and the total. The
     * breadth-first search (SHORTEST) reaches every organisation once; the shared alliances are
     * matched for distance 1 only, from the partner's side; node maps and paths are built for the
     * page only, so a hub's thousands of partners cost a sort, not thousands of projections.
     */
    public ReachablePage reachable(String origin, int depth, AllianceFilter filter, After after, int limit) {
        Conditions params = new Conditions();
        String hops = hops(filter, depth, params);
        Conditions direct = filter.apply(new Conditions(), "s", "f_");
        String cypher = """
                MATCH (o:Organisation {id: $origin})
                MATCH p = ANY SHORTEST (o)%s(t:Organisation)
                WHERE t <> o
                WITH o, t, p, length(p) / 2 AS distance
                // A pattern comprehension expands from the partner t (a few alliances). As a MATCH
                // subquery the planner sometimes started from an index scan of all alliances by mode,
                // once per partner: 84,108 db hits instead of 4,295 on the XS graph.
                WITH t, p, distance, CASE WHEN distance = 1
                       THEN [(t)-[m2:PARTNER_IN]->(s:Alliance) WHERE %s AND %s
                               AND EXISTS { MATCH (o)-[m1:PARTNER_IN]->(s) WHERE %s } | s]
                       ELSE [] END AS found
                WITH t, p, distance, reduce(acc = [], s IN found | CASE WHEN s IN acc THEN acc ELSE acc + s END) AS shared
                WITH t, p, distance, shared, size(shared) AS sharedCount, t.name AS name, t.id AS id
                ORDER BY distance, sharedCount DESC, name, id
                WITH collect({t: t, p: p, distance: distance, shared: shared, sharedCount: sharedCount, name: name, id: id}) AS reached
                WITH size(reached) AS total,
                     [x IN reached WHERE $afterDistance IS NULL OR x.distance > $afterDistance
                        OR (x.distance = $afterDistance AND (x.sharedCount < $afterShared
                        OR (x.sharedCount = $afterShared AND (x.name > $afterName
                        OR (x.name = $afterName AND x.id > $afterId))))) ][0..$limit] AS page
                UNWIND CASE WHEN page = [] THEN [null] ELSE page END AS x
                WITH total, x, x.t AS t
                RETURN total, t {.*} AS t, x.distance AS distance, [s IN x.shared | s {.*}] AS shared,
                       [n IN nodes(x.p) | n {.*}] AS nodes, [r IN relationships(x.p) | r.role] AS roles
                """.formatted(hops, direct.cypher(), filter.membershipInForce("m2", "f_"), filter.membershipInForce("m1", "f_"));
        Map<String, Object> bound = new java.util.HashMap<>(params.parameters());
        bound.put("origin", origin);
        bound.put("limit", limit);
        bound.put("afterDistance", after == null ? null : after.distance());
        bound.put("afterShared", after == null ? null : after.shared());
        bound.put("afterName", after == null ? null : after.name());
        bound.put("afterId", after == null ? null : after.id());
        // One row per edge of the page, each carrying the total; a single row with no edge when the page is empty.
        record Row(PartnerEdge edge, int total) {
        }
        List<Row> rows = List.copyOf(client.query(cypher).bindAll(bound).fetchAs(Row.class).mappedBy((ts, r) ->
                new Row(r.get("t").isNull() ? null : new PartnerEdge(Organisation.from(r.get("t")), r.get("distance").asInt(),
                        Rows.list(r.get("shared"), Alliance::from), path(r)), r.get("total").asInt())).all());
        List<PartnerEdge> edges = rows.stream().map(Row::edge).filter(java.util.Objects::nonNull).toList();
        int total = rows.isEmpty() ? 0 : rows.getFirst().total();
        return new ReachablePage(edges, total);
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

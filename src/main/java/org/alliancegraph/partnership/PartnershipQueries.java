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

    /** Every organisation within {@code depth} hops of {@code origin}, with distance, shared alliances and one path. */
    public List<PartnerEdge> reachable(String origin, int depth, AllianceFilter filter) {
        Conditions params = new Conditions();
        String hops = hops(filter, depth, params);
        Conditions direct = filter.apply(new Conditions(), "s", "f_");
        String cypher = """
                MATCH (o:Organisation {id: $origin})
                MATCH p = ANY SHORTEST (o)%s(t:Organisation)
                WHERE t <> o
                CALL (o, t) {
                  OPTIONAL MATCH (o)-[m1:PARTNER_IN]->(s:Alliance)<-[m2:PARTNER_IN]-(t)
                  WHERE %s AND %s AND %s
                  RETURN collect(DISTINCT s {.*}) AS shared
                }
                RETURN t {.*} AS t, length(p) / 2 AS distance, shared,
                       [n IN nodes(p) | n {.*}] AS nodes, [r IN relationships(p) | r.role] AS roles
                """.formatted(hops, direct.cypher(), filter.membershipInForce("m1", "f_"), filter.membershipInForce("m2", "f_"));
        Map<String, Object> bound = new java.util.HashMap<>(params.parameters());
        bound.put("origin", origin);
        return List.copyOf(client.query(cypher).bindAll(bound).fetchAs(PartnerEdge.class).mappedBy((ts, r) ->
                new PartnerEdge(Organisation.from(r.get("t")), r.get("distance").asInt(),
                        Rows.list(r.get("shared"), Alliance::from), path(r))).all());
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

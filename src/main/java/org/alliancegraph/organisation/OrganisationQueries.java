package org.alliancegraph.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.alliance.Membership;
import org.alliancegraph.api.Connection;
import org.alliancegraph.api.Cursor;
import org.alliancegraph.graph.Batch;
import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.ListQuery;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.territory.Territory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read queries about organisations; the batch ones answer for many organisations in one Cypher query. */
@Component
@Transactional(readOnly = true)
public class OrganisationQueries {

    /** A direct partner of an organisation, with the alliances they share. */
    public record Partner(Organisation organisation, List<Alliance> sharedAlliances) {
        public int sharedAllianceCount() {
            return sharedAlliances.size();
        }
    }

    private final Neo4jClient client;

    OrganisationQueries(Neo4jClient client) {
        this.client = client;
    }

    public Optional<Organisation> byId(String id) {
        return client.query("MATCH (o:Organisation {id: $id}) RETURN o {.*} AS o").bind(id).to("id")
                .fetchAs(Organisation.class).mappedBy((t, r) -> Organisation.from(r.get("o"))).one();
    }

    public Connection<Organisation> page(Conditions conditions, String sortKey, String text, int first, Cursor after,
            java.util.function.Function<Organisation, Cursor> cursorOf) {
        return ListQuery.page(client, NodeLabel.Organisation, "o", conditions, sortKey, text, first, after,
                r -> Organisation.from(r.get("o")), cursorOf);
    }

    public Map<String, Organisation> byIds(Collection<String> ids) {
        return Batch.singles(client, """
                UNWIND $ids AS key
                MATCH (o:Organisation {id: key})
                RETURN key, o {.*} AS o""", Map.of("ids", List.copyOf(ids)), r -> Organisation.from(r.get("o")));
    }

    public Map<String, Territory> territories(Collection<String> ids) {
        return Batch.singles(client, """
                UNWIND $ids AS key
                MATCH (:Organisation {id: key})-[:LOCATED_IN]->(t:Territory)
                RETURN key, t {.*} AS t""", Map.of("ids", List.copyOf(ids)), r -> Territory.from(r.get("t")));
    }

    public Map<String, List<Membership>> memberships(Collection<String> ids) {
        return Batch.lists(client, """
                UNWIND $ids AS key
                MATCH (o:Organisation {id: key})-[r:PARTNER_IN]->(a:Alliance)
                OPTIONAL MATCH (s:Source {id: r.source})
                RETURN key, o {.*} AS o, r {.*} AS r, a {.*} AS a, s {.*} AS s
                ORDER BY a.startDate, a.name, r.role""", Map.of("ids", List.copyOf(ids)), ids, Membership::from);
    }

    /**
     * Direct partners of each organisation, most shared alliances first, at most {@code first} each.
     * The cap is applied per organisation inside the query, so a hub does not flood the answer.
     */
    public Map<String, List<Partner>> partners(Collection<String> ids, int first) {
        return Batch.lists(client, """
                UNWIND $ids AS key
                MATCH (o:Organisation {id: key})-[:PARTNER_IN]->(a:Alliance)<-[:PARTNER_IN]-(p:Organisation)
                WHERE p <> o
                WITH key, p, collect(DISTINCT a) AS shared
                ORDER BY size(shared) DESC, p.name
                WITH key, collect({p: p, shared: shared})[0..$first] AS partners
                UNWIND partners AS partner
                WITH key, partner.p AS p, partner.shared AS shared
                RETURN key, p {.*} AS p, [a IN shared | a {.*}] AS shared""",
                Map.of("ids", List.copyOf(ids), "first", first), ids,
                r -> new Partner(Organisation.from(r.get("p")), Rows.list(r.get("shared"), Alliance::from)));
    }
}

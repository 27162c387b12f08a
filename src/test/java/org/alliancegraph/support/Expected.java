package org.alliancegraph.support;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Answers computed apart from the service's statements (cypher/filters, cypher/lists), written
 * differently on purpose, for the lists' tests to compare with.
 */
public final class Expected {

    /** Territory {@code t} is territory {@code $t} or lies below it, down the tree and through no EPCI. */
    public static final String WITHIN = """
            (t.id = $t OR EXISTS { MATCH p = (t)-[:PART_OF*1..3]->(:Territory {id: $t})
                                   WHERE none(n IN nodes(p)[1..-1] WHERE n.level = 'EPCI') })""";

    private Expected() {
    }

    /** The ids of the organisations located in the territory or below it, by name then id. */
    public static List<String> organisationsIn(Neo4jClient client, String territory) {
        return List.copyOf(client.query("MATCH (o:Organisation)-[:LOCATED_IN]->(t:Territory) WHERE " + WITHIN
                + "\nRETURN o.id ORDER BY o.name, o.id").bind(territory).to("t").fetchAs(String.class).all());
    }
}

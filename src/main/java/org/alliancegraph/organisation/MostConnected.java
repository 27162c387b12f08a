package org.alliancegraph.organisation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.GraphVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The organisations in the most alliances, where the landing page starts: ranking them reads every
 * organisation once, so the answer is kept until the graph changes (embedded database), or ten
 * minutes with a server (which tells no version).
 */
@Controller
class MostConnected {

    private static final String STATEMENT = CypherText.read("organisation/most-connected.cypher");
    static final int MAX = 100;
    private static final Duration SERVER_TTL = Duration.ofMinutes(10);

    /** An organisation and how many alliances it takes part in. */
    record Connected(Organisation organisation, int alliances) {
    }

    private record Kept(long version, Instant at, List<Connected> ranking) {
    }

    private final Neo4jClient client;
    private final ObjectProvider<GraphVersion> version;
    private volatile Kept kept;

    MostConnected(Neo4jClient client, ObjectProvider<GraphVersion> version) {
        this.client = client;
        this.version = version;
    }

    @QueryMapping
    List<Connected> mostConnected(@Argument Integer first) {
        int n = first == null ? 10 : first;
        if (n < 0 || n > MAX) {
            throw new InvalidInputException("first", "first must be between 0 and " + MAX);
        }
        GraphVersion graph = version.getIfAvailable();
        long now = graph == null ? -1 : graph.current();
        Kept k = kept;
        boolean fresh = k != null && (graph != null ? k.version() == now : k.at().plus(SERVER_TTL).isAfter(Instant.now()));
        if (!fresh) {
            List<Connected> ranking = client.query(STATEMENT).bind(MAX).to("first").fetchAs(Connected.class)
                    .mappedBy((t, r) -> new Connected(Organisation.from(r.get("o")), r.get("alliances").asInt())).all().stream().toList();
            k = new Kept(now, Instant.now(), ranking);
            kept = k;
        }
        return k.ranking().subList(0, Math.min(n, k.ranking().size()));
    }
}

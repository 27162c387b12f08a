package org.alliancegraph.search;

import java.util.List;
import java.util.Map;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.api.NameQuery;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.Reads;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.programme.Programme;
import org.alliancegraph.territory.TerritoryQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

    static final int MAX_HITS = 200;

    record SearchHit(double score, Object node) {
    }

    record GraphStats(long organisations, long alliances, long memberships, long programmes, long territories,
            long sdgGoals, long sdgTargets, long sources, List<TerritoryQueries.LevelCount> territoriesByLevel) {
    }

    private final Neo4jClient client;
    private final TerritoryQueries territories;

    SearchController(@Reads Neo4jClient client, TerritoryQueries territories) {
        this.client = client;
        this.territories = territories;
    }

    private static final String SEARCH = CypherText.read("search/search.cypher");

    /**
     * Each word must match a name word or its prefix ("fond abbe" finds "Fondation Abbé Pierre"); the
     * folding analyzer of the index ignores accents and case. User text is escaped, never parsed as
     * Lucene syntax.
     */
    @QueryMapping
    List<SearchHit> search(@Argument String text, @Argument Integer first) {
        int size = InvalidInputException.pageSize("first", first, 20, MAX_HITS);
        String query = NameQuery.lucene(text);
        return List.copyOf(client.query(SEARCH)
                .bindAll(Map.of("query", query, "limit", size))
                .fetchAs(SearchHit.class).mappedBy((t, r) -> {
                    List<String> labels = r.get("labels").asList(v -> v.asString());
                    Object node = labels.contains("Organisation") ? Organisation.from(r.get("node"))
                            : labels.contains("Alliance") ? Alliance.from(r.get("node")) : Programme.from(r.get("node"));
                    return new SearchHit(r.get("score").asDouble(), node);
                }).all());
    }

    private static final String GRAPH_STATS = CypherText.read("search/graph-stats.cypher");

    @QueryMapping
    GraphStats graphStats(graphql.schema.DataFetchingFieldSelectionSet selection) {
        List<TerritoryQueries.LevelCount> levels = selection.contains("territoriesByLevel") ? territories.countsByLevel() : List.of();
        // Label counts come from the count store: constant time whatever the graph size.
        return client.query(GRAPH_STATS)
                .fetchAs(GraphStats.class).mappedBy((t, r) -> new GraphStats(r.get("organisations").asLong(),
                        r.get("alliances").asLong(), r.get("memberships").asLong(), r.get("programmes").asLong(),
                        r.get("territories").asLong(), r.get("sdgGoals").asLong(), r.get("sdgTargets").asLong(),
                        r.get("sources").asLong(), levels))
                .one().orElseThrow();
    }
}

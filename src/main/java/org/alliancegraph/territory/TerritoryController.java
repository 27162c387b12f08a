package org.alliancegraph.territory;

import java.util.List;
import java.util.Map;

import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.api.NameQuery;
import org.alliancegraph.api.TerritoryArgument;
import org.alliancegraph.graph.Batch;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TerritoryController {

    private final TerritoryQueries queries;

    TerritoryController(TerritoryQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Territory territory(@Argument String id) {
        return queries.byId(TerritoryArgument.require("id", id)).orElse(null);
    }

    static final int MAX_SUGGESTIONS = 50;

    @QueryMapping
    List<Territory> searchTerritories(@Argument String text, @Argument List<TerritoryLevel> levels, @Argument Integer first) {
        int size = InvalidInputException.pageSize("first", first, 10, MAX_SUGGESTIONS);
        return queries.search(NameQuery.lucene(text), levels == null || levels.isEmpty() ? null
                : levels.stream().map(Enum::name).toList(), size);
    }

    @QueryMapping
    List<Territory> territories(@Argument TerritoryLevel level, @Argument String parent) {
        if (parent == null && (level == TerritoryLevel.COMMUNE || level == TerritoryLevel.EPCI)) {
            throw new InvalidInputException("parent", "listing every " + level.name().toLowerCase()
                    + " of France at once is not offered; give a parent territory (e.g. departement:37)");
        }
        return queries.byLevel(level, parent == null ? null : TerritoryArgument.require("parent", parent));
    }

    @BatchMapping(typeName = "Territory")
    Map<Territory, List<Territory>> ancestors(List<Territory> territories) {
        return Batch.perParent(territories, Territory::id, queries.ancestors(Batch.keys(territories, Territory::id)), List.of());
    }
}

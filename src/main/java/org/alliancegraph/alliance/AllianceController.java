package org.alliancegraph.alliance;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.alliancegraph.api.Connection;
import org.alliancegraph.api.Cursor;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.api.ListQuery;
import org.alliancegraph.graph.Batch;
import org.alliancegraph.graph.CodedTerm;
import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.graph.Reads;
import org.alliancegraph.programme.Programme;
import org.alliancegraph.source.Provenance;
import org.alliancegraph.source.ProvenanceQueries;
import org.alliancegraph.territory.Territory;
import org.alliancegraph.territory.TerritoryPlaces;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL fields of alliances; every nested field is one batched query per request level. */
@Controller
class AllianceController {

    private final AllianceQueries queries;
    private final ProvenanceQueries provenance;
    private final Neo4jClient client;

    AllianceController(AllianceQueries queries, ProvenanceQueries provenance, @Reads Neo4jClient client, TerritoryPlaces places) {
        this.places = places;
        this.queries = queries;
        this.provenance = provenance;
        this.client = client;
    }

    private final TerritoryPlaces places;

    @QueryMapping
    Alliance alliance(@Argument String id) {
        return queries.byId(id).orElse(null);
    }

    enum AllianceOrder {
        NAME("a.name"), START_DATE("coalesce(toString(a.startDate), '9999-12-31')"), ID("a.id");

        final String key;

        AllianceOrder(String key) {
            this.key = key;
        }

        String keyOf(Alliance a) {
            return switch (this) {
                case NAME -> a.name();
                case START_DATE -> a.startDate() == null ? "9999-12-31" : a.startDate().toString();
                case ID -> a.id();
            };
        }
    }

    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 500;

    @QueryMapping
    Connection<Alliance> alliances(@Argument AllianceFilter filter, @Argument String text, @Argument AllianceOrder orderBy,
            @Argument Integer first, @Argument String after, graphql.schema.DataFetchingFieldSelectionSet selection) {
        int size = InvalidInputException.pageSize("first", first, DEFAULT_PAGE, MAX_PAGE);
        AllianceOrder order = orderBy == null ? AllianceOrder.NAME : orderBy;
        AllianceFilter criteria = AllianceFilter.orNone(filter);
        Cursor from = Cursor.decode("after", after);
        Function<Alliance, Cursor> cursorOf = a -> new Cursor(order.keyOf(a), a.id());
        boolean search = text != null && !text.isBlank();
        String place = search || order != AllianceOrder.NAME ? null : criteria.place().orElse(null);
        if (place != null) {
            return queries.inPlace(place, criteria.besidesTerritory(new Conditions()), size, from,
                    selection.contains("totalCount"), cursorOf);
        }
        AllianceFilter.ModeAndTarget contributing = search || order != AllianceOrder.NAME ? null : criteria.modeAndTarget().orElse(null);
        if (contributing != null) {
            return queries.contributing(contributing, criteria.besidesModeAndTarget(new Conditions()), size, from,
                    selection.contains("totalCount"), cursorOf);
        }
        ListQuery.Anchor anchor = search ? null : criteria.anchor(places::within).orElse(null);
        Conditions conditions = criteria.apply(new Conditions(), anchor);
        return anchor == null
                ? ListQuery.page(client, ListQuery.Listed.ALLIANCES, conditions, order.key, text, size, from, r -> Alliance.from(r.get("a")), cursorOf)
                : ListQuery.page(client, ListQuery.Listed.ALLIANCES, anchor, conditions, order.key, size, from,
                        selection.contains("totalCount"), r -> Alliance.from(r.get("a")), cursorOf);
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<Territory>> territories(List<Alliance> alliances) {
        return Batch.perParent(alliances, Alliance::id, queries.territories(ids(alliances)), List.of());
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<SdgContribution>> sdgTargets(List<Alliance> alliances) {
        return Batch.perParent(alliances, Alliance::id, queries.sdgTargets(ids(alliances)), List.of());
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<CodedTerm>> fragilityDomains(List<Alliance> alliances) {
        return Batch.perParent(alliances, Alliance::id, queries.fragilityDomains(ids(alliances)), List.of());
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<CodedTerm>> impacts(List<Alliance> alliances) {
        return Batch.perParent(alliances, Alliance::id, queries.impacts(ids(alliances)), List.of());
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<Programme>> programmes(List<Alliance> alliances) {
        return Batch.perParent(alliances, Alliance::id, queries.programmes(ids(alliances)), List.of());
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<PhaseStep>> phaseHistory(List<Alliance> alliances) {
        return Batch.perParent(alliances, Alliance::id, queries.phaseHistory(ids(alliances)), List.of());
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<Provenance>> provenance(List<Alliance> alliances) {
        return Batch.perParent(alliances, Alliance::id, provenance.byKey(NodeLabel.Alliance, "id", ids(alliances)), List.of());
    }

    private static List<String> ids(List<Alliance> alliances) {
        return Batch.keys(alliances, Alliance::id);
    }
}

package org.alliancegraph.alliance;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.programme.Programme;
import org.alliancegraph.source.Provenance;
import org.alliancegraph.source.ProvenanceQueries;
import org.alliancegraph.territory.Territory;
import org.alliancegraph.vocabulary.CodedTerm;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL fields of alliances; every nested field is one batched query per request level. */
@Controller
class AllianceController {

    private final AllianceQueries queries;
    private final ProvenanceQueries provenance;

    AllianceController(AllianceQueries queries, ProvenanceQueries provenance) {
        this.queries = queries;
        this.provenance = provenance;
    }

    @QueryMapping
    Alliance alliance(@Argument String id) {
        return queries.byId(id).orElse(null);
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<Membership>> partners(List<Alliance> alliances) {
        return perAlliance(alliances, queries.partners(ids(alliances)));
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<Territory>> territories(List<Alliance> alliances) {
        return perAlliance(alliances, queries.territories(ids(alliances)));
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<SdgContribution>> sdgTargets(List<Alliance> alliances) {
        return perAlliance(alliances, queries.sdgTargets(ids(alliances)));
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<CodedTerm>> fragilityDomains(List<Alliance> alliances) {
        return perAlliance(alliances, queries.fragilityDomains(ids(alliances)));
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<CodedTerm>> impacts(List<Alliance> alliances) {
        return perAlliance(alliances, queries.impacts(ids(alliances)));
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<Programme>> programmes(List<Alliance> alliances) {
        return perAlliance(alliances, queries.programmes(ids(alliances)));
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<PhaseStep>> phaseHistory(List<Alliance> alliances) {
        return perAlliance(alliances, queries.phaseHistory(ids(alliances)));
    }

    @BatchMapping(typeName = "Alliance")
    Map<Alliance, List<Provenance>> provenance(List<Alliance> alliances) {
        return perAlliance(alliances, provenance.byKey(NodeLabel.Alliance, "id", ids(alliances)));
    }

    private static List<String> ids(List<Alliance> alliances) {
        return alliances.stream().map(Alliance::id).distinct().toList();
    }

    private static <T> Map<Alliance, List<T>> perAlliance(List<Alliance> alliances, Map<String, List<T>> byId) {
        return alliances.stream().collect(Collectors.toMap(Function.identity(),
                a -> byId.getOrDefault(a.id(), List.of()), (x, y) -> x));
    }
}

package org.alliancegraph.alliance;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.alliancegraph.graph.Batch;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.Reads;
import org.alliancegraph.programme.Programme;
import org.alliancegraph.sdg.SdgTarget;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The alliances seen from what they point to: an SDG target's contributions and a programme's
 * alliances. They live here, not in {@code sdg} or {@code programme}, so that those modules know
 * nothing of alliances and the dependency runs one way (alliance → sdg, programme).
 */
@Controller
class AllianceLinksController {

    private final Neo4jClient client;

    AllianceLinksController(@Reads Neo4jClient client) {
        this.client = client;
    }

    @BatchMapping(typeName = "SdgTarget")
    Map<SdgTarget, List<SdgContribution>> alliances(List<SdgTarget> targets) {
        return Batch.perParent(targets, SdgTarget::code, contributions(Batch.keys(targets, SdgTarget::code)), List.of());
    }

    private static final String CONTRIBUTIONS = CypherText.read("alliance/contributions.cypher");

    Map<String, List<SdgContribution>> contributions(Collection<String> codes) {
        return Batch.lists(client, CONTRIBUTIONS, Map.of("codes", List.copyOf(codes)), codes, SdgContribution::from);
    }

    private static final String PROGRAMME_ALLIANCES = CypherText.read("alliance/programme-alliances.cypher");

    @BatchMapping(typeName = "Programme", field = "alliances")
    Map<Programme, List<Alliance>> programmeAlliances(List<Programme> programmes) {
        List<String> ids = Batch.keys(programmes, Programme::id);
        return Batch.perParent(programmes, Programme::id, Batch.lists(client, PROGRAMME_ALLIANCES, Map.of("ids", ids), ids,
                r -> Alliance.from(r.get("a"))), List.of());
    }
}

package org.alliancegraph.programme;

import java.util.List;
import java.util.Map;

import org.alliancegraph.graph.Batch;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.graph.Reads;
import org.alliancegraph.source.Provenance;
import org.alliancegraph.source.ProvenanceQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ProgrammeController {

    private final Neo4jClient client;
    private final ProvenanceQueries provenance;

    ProgrammeController(@Reads Neo4jClient client, ProvenanceQueries provenance) {
        this.client = client;
        this.provenance = provenance;
    }

    @QueryMapping
    List<Programme> programmes() {
        return List.copyOf(client.query("MATCH (p:Programme) RETURN p {.*} AS p ORDER BY p.name")
                .fetchAs(Programme.class).mappedBy((t, r) -> Programme.from(r.get("p"))).all());
    }

    @QueryMapping
    Programme programme(@Argument String id) {
        return client.query("MATCH (p:Programme {id: $id}) RETURN p {.*} AS p").bind(id).to("id")
                .fetchAs(Programme.class).mappedBy((t, r) -> Programme.from(r.get("p"))).one().orElse(null);
    }

    @BatchMapping(typeName = "Programme")
    Map<Programme, List<Provenance>> provenance(List<Programme> programmes) {
        return Batch.perParent(programmes, Programme::id, provenance.byKey(NodeLabel.Programme, "id", ids(programmes)), List.of());
    }

    private static List<String> ids(List<Programme> programmes) {
        return Batch.keys(programmes, Programme::id);
    }
}

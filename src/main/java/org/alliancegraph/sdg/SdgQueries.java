package org.alliancegraph.sdg;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.graph.Batch;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.Reads;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

@Component
public class SdgQueries {

    private final Neo4jClient client;

    SdgQueries(@Reads Neo4jClient client) {
        this.client = client;
    }

    public List<SdgGoal> goals() {
        return List.copyOf(client.query("MATCH (g:SdgGoal) RETURN g {.*} AS g ORDER BY g.number")
                .fetchAs(SdgGoal.class).mappedBy((t, r) -> SdgGoal.from(r.get("g"))).all());
    }

    public Optional<SdgGoal> goal(String code) {
        return client.query("MATCH (g:SdgGoal {code: $code}) RETURN g {.*} AS g").bind(code).to("code")
                .fetchAs(SdgGoal.class).mappedBy((t, r) -> SdgGoal.from(r.get("g"))).one();
    }

    public Optional<SdgTarget> target(String code) {
        return client.query("MATCH (t:SdgTarget {code: $code}) RETURN t {.*} AS t").bind(code).to("code")
                .fetchAs(SdgTarget.class).mappedBy((ts, r) -> SdgTarget.from(r.get("t"))).one();
    }

    private static final String GOALS = CypherText.read("sdg/goals.cypher");

    public Map<String, SdgGoal> goals(Collection<String> codes) {
        return Batch.singles(client, GOALS, Map.of("codes", List.copyOf(codes)), r -> SdgGoal.from(r.get("g")));
    }

    private static final String TARGETS_OF_GOALS = CypherText.read("sdg/targets-of-goals.cypher");

    public Map<String, List<SdgTarget>> targetsOfGoals(Collection<String> codes) {
        return Batch.lists(client, TARGETS_OF_GOALS, Map.of("codes", List.copyOf(codes)), codes, r -> SdgTarget.from(r.get("t")));
    }
}

package org.alliancegraph.sdg;

import java.util.List;
import java.util.Map;

import org.alliancegraph.graph.Batch;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SdgController {

    private final SdgQueries queries;

    SdgController(SdgQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    List<SdgGoal> sdgGoals() {
        return queries.goals();
    }

    @QueryMapping
    SdgGoal sdgGoal(@Argument String code) {
        return queries.goal(code.strip()).orElse(null);
    }

    @QueryMapping
    SdgTarget sdgTarget(@Argument String code) {
        return queries.target(code.strip()).orElse(null);
    }

    @BatchMapping(typeName = "SdgGoal")
    Map<SdgGoal, List<SdgTarget>> targets(List<SdgGoal> goals) {
        return Batch.perParent(goals, SdgGoal::code, queries.targetsOfGoals(Batch.keys(goals, SdgGoal::code)), List.of());
    }

    @BatchMapping(typeName = "SdgTarget")
    Map<SdgTarget, SdgGoal> goal(List<SdgTarget> targets) {
        return Batch.perParent(targets, SdgTarget::goalCode, queries.goals(Batch.keys(targets, SdgTarget::goalCode)), null);
    }
}

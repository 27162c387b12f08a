package org.alliancegraph.sdg;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliancegraph.alliance.SdgContribution;
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
        Map<String, List<SdgTarget>> byCode = queries.targetsOfGoals(goals.stream().map(SdgGoal::code).distinct().toList());
        return goals.stream().collect(Collectors.toMap(Function.identity(), g -> byCode.getOrDefault(g.code(), List.of()), (a, b) -> a));
    }

    @BatchMapping(typeName = "SdgTarget")
    Map<SdgTarget, SdgGoal> goal(List<SdgTarget> targets) {
        Map<String, SdgGoal> byCode = queries.goals(targets.stream().map(SdgTarget::goalCode).distinct().toList());
        return targets.stream().filter(t -> byCode.containsKey(t.goalCode()))
                .collect(Collectors.toMap(Function.identity(), t -> byCode.get(t.goalCode()), (a, b) -> a));
    }

    @BatchMapping(typeName = "SdgTarget")
    Map<SdgTarget, List<SdgContribution>> alliances(List<SdgTarget> targets) {
        Map<String, List<SdgContribution>> byCode = queries.contributions(targets.stream().map(SdgTarget::code).distinct().toList());
        return targets.stream().collect(Collectors.toMap(Function.identity(), t -> byCode.getOrDefault(t.code(), List.of()), (a, b) -> a));
    }
}

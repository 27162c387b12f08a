package org.alliancegraph.partnership;

import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.organisation.Organisation;

/** A chain of organisations linked through alliances, in order from the start. */
public record PartnershipPath(List<PathStep> steps) {

    public int length() {
        return steps.size();
    }

    public List<Organisation> organisations() {
        List<Organisation> result = new ArrayList<>();
        if (!steps.isEmpty()) {
            result.add(steps.getFirst().from());
        }
        steps.forEach(s -> result.add(s.to()));
        return result;
    }

    public List<Alliance> alliances() {
        return steps.stream().map(PathStep::alliance).toList();
    }
}

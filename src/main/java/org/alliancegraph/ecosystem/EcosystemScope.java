package org.alliancegraph.ecosystem;

/** What an ecosystem is around: exactly one of these; {@code radius} (1 to 3) goes with an organisation. */
public record EcosystemScope(String territory, String programme, String sdgTarget, String sdgGoal, String organisation,
        Integer radius) {
}

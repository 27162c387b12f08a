package org.alliancegraph.ecosystem;

/**
 * What an ecosystem is around: exactly one of these; {@code radius} (1 to 3) goes with an organisation.
 * {@code unallied} (null: true): whether the organisations a territory holds, or a programme is run by,
 * that are partner in no alliance are actors of it, or only counted.
 */
public record EcosystemScope(String territory, String programme, String sdgTarget, String sdgGoal, String organisation,
        Integer radius, Boolean unallied) {

    public EcosystemScope(String territory, String programme, String sdgTarget, String sdgGoal, String organisation, Integer radius) {
        this(territory, programme, sdgTarget, sdgGoal, organisation, radius, null);
    }

    boolean withUnallied() {
        return unallied == null || unallied;
    }
}

package org.alliancegraph.graph;

/** Every relationship type of the graph. */
public enum RelType {
    /** Organisation → Territory where it is based. */
    LOCATED_IN,
    /** Finding → Study that measured it. */
    FROM_STUDY,
    /** Finding → the earlier Finding it updates (the same question asked again). */
    UPDATES,
    /** Finding → Territory it holds for. */
    HOLDS_FOR,
    /** Finding → SdgTarget or FragilityDomain it is about. */
    CONCERNS,
    /** Organisation → Alliance, with role, since, until and provenance. */
    PARTNER_IN,
    /** Alliance → Territory where it acts. */
    ACTS_IN,
    /** Alliance → SdgTarget, with the basis of the link (stated by a source or inferred from purpose). */
    CONTRIBUTES_TO,
    /** Alliance → FragilityDomain it addresses. */
    ADDRESSES,
    /** Alliance → InnovationPhase, one per phase it went through, with since/until (history kept). */
    AT_PHASE,
    /** Alliance → ImpactType it aims at. */
    AIMS_AT,
    /** Alliance → Programme (dispositif) it belongs to. */
    IN_PROGRAMME,
    /** Programme → Organisation that runs it. */
    RUN_BY,
    /** Territory → Territory, SdgTarget → SdgGoal, ImpactType → ImpactType: the hierarchy. */
    PART_OF,
    /** Organisation, Alliance or Programme → Source it is documented in, with a quote or page. */
    SOURCED_FROM,
    /**
     * Alliance → each département and région it acts in (derived from ACTS_IN, kept by the writes),
     * with {@code place} (the territory's id) and {@code name} (the alliance's): lists of the
     * alliances acting in a département or région read its (place, name) index in name order.
     */
    IN_PLACE,
    /**
     * Alliance → the SdgTargetMode of each SDG target it contributes to, for its mode (derived from
     * CONTRIBUTES_TO and the mode, kept by the writes): the node's degree is the total of the list
     * of the alliances of that mode contributing to that target.
     */
    TALLIED_IN,
    /** OrganisationAlias → the Organisation an old id answers for, since a merge. */
    ALIAS_OF;

    public String cypher() {
        return "`" + name() + "`";
    }
}

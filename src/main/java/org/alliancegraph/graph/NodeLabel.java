package org.alliancegraph.graph;

/** Every node label of the graph. Cypher built at run time takes labels from here, never from input. */
public enum NodeLabel {
    Organisation, Alliance, Territory, SdgGoal, SdgTarget, InnovationPhase, FragilityDomain, ImpactType,
    Programme, Source, Dataset,
    /** One per SDG target and alliance mode: its TALLIED_IN degree counts the alliances of the mode contributing to the target. */
    SdgTargetMode,
    /** The id of an organisation merged into another, pointing (ALIAS_OF) to the one kept. */
    OrganisationAlias,
    /** A person's account for the page. */
    Account,
    /** One write through the service: who, when, what, on which subject. */
    Change,
    /** A survey of the Observatoire des partenariats (or another body): who ran it, when, whom it asked. */
    Study,
    /** A measured result a source states: a value, its unit, the population and period it holds for. */
    Finding,
    /** Borne besides Organisation by those partner in at least one alliance; every membership write keeps it. */
    Allied,
    /** A typology the documents define (the five mayor profiles...), and one of its terms. */
    Typology, TypologyTerm;

    /** The label as it appears in Cypher, back-quoted so it is always a safe identifier. */
    public String cypher() {
        return "`" + name() + "`";
    }
}

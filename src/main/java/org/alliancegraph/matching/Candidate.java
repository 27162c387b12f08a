package org.alliancegraph.matching;

import java.util.List;

import org.alliancegraph.organisation.Organisation;

/**
 * An organisation of the graph offered for a query: its score (0 to 100), whether it is taken as the
 * match (the query's writer need not check it), and why (each piece of evidence and what it added).
 */
public record Candidate(Organisation organisation, String territory, String territoryName, double score, boolean match,
        List<Reason> reasons) {

    /** One piece of evidence: what it is ({@code IDENTIFIER}, {@code NAME}, {@code ACRONYM}, {@code PLACE}), what it says. */
    public record Reason(String kind, String detail, double points) {
    }

    Candidate matched(boolean isMatch) {
        return new Candidate(organisation, territory, territoryName, score, isMatch, reasons);
    }
}

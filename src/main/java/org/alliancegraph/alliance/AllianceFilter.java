package org.alliancegraph.alliance;

import java.time.LocalDate;
import java.util.List;

import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.RelType;
import org.alliancegraph.organisation.OrganisationKind;
import org.alliancegraph.territory.TerritoryIds;

/**
 * Which alliances count: every criterion given must hold. Used on its own (the alliances query), to
 * select the alliances an organisation must be partner in, and to restrict the alliances that
 * partnership traversals may go through.
 *
 * @param activeAt only alliances in force on that day (and, in traversals, memberships in force)
 */
public record AllianceFilter(List<AllianceMode> modes, List<InnovationPhase> phases, List<AllianceStatus> statuses,
        String territory, String sdgGoal, String sdgTarget, List<String> fragilityDomains, String programme,
        String source, LocalDate activeAt, List<OrganisationKind> partnerKinds, String partner) {

    public static final AllianceFilter NONE = new AllianceFilter(null, null, null, null, null, null, null, null, null,
            null, null, null);

    public static AllianceFilter orNone(AllianceFilter filter) {
        return filter == null ? NONE : filter;
    }

    /** Adds the predicates on alliance variable {@code a}; parameters are prefixed with {@code prefix}. */
    public Conditions apply(Conditions c, String a, String prefix) {
        if (notEmpty(modes)) {
            c.add(a + ".mode IN $" + prefix + "modes", prefix + "modes", names(modes));
        }
        if (notEmpty(phases)) {
            c.add(a + ".currentPhase IN $" + prefix + "phases", prefix + "phases", names(phases));
        }
        if (notEmpty(statuses)) {
            c.add(a + ".status IN $" + prefix + "statuses", prefix + "statuses", names(statuses));
        }
        if (territory != null) {
            c.add(TerritoryIds.within(a, RelType.ACTS_IN.name(), prefix + "territory"), prefix + "territory",
                    TerritoryIds.require("filter.territory", territory));
        }
        if (sdgTarget != null) {
            c.add("EXISTS { (" + a + ")-[:CONTRIBUTES_TO]->(:SdgTarget {code: $" + prefix + "sdgTarget}) }",
                    prefix + "sdgTarget", sdgTarget.strip());
        }
        if (sdgGoal != null) {
            c.add("EXISTS { (" + a + ")-[:CONTRIBUTES_TO]->(:SdgTarget)-[:PART_OF]->(:SdgGoal {code: $" + prefix
                    + "sdgGoal}) }", prefix + "sdgGoal", sdgGoal.strip());
        }
        if (notEmpty(fragilityDomains)) {
            c.add("EXISTS { MATCH (" + a + ")-[:ADDRESSES]->(d:FragilityDomain) WHERE d.code IN $" + prefix
                    + "fragility }", prefix + "fragility", fragilityDomains);
        }
        if (programme != null) {
            c.add("EXISTS { (" + a + ")-[:IN_PROGRAMME]->(:Programme {id: $" + prefix + "programme}) }",
                    prefix + "programme", programme);
        }
        if (source != null) {
            c.add("EXISTS { (" + a + ")-[:SOURCED_FROM]->(:Source {id: $" + prefix + "source}) }", prefix + "source", source);
        }
        if (activeAt != null) {
            // An alliance marked ended with no end date is taken as not in force.
            c.add("(" + a + ".startDate IS NULL OR " + a + ".startDate <= $" + prefix + "activeAt) AND (" + a
                    + ".endDate IS NULL OR " + a + ".endDate >= $" + prefix + "activeAt) AND NOT (" + a
                    + ".status = 'TERMINEE' AND " + a + ".endDate IS NULL)", prefix + "activeAt", activeAt);
        }
        if (partner != null) {
            c.add("EXISTS { (" + a + ")<-[:PARTNER_IN]-(:Organisation {id: $" + prefix + "partner}) }", prefix + "partner", partner);
        }
        if (notEmpty(partnerKinds)) {
            c.add("EXISTS { MATCH (" + a + ")<-[:PARTNER_IN]-(k:Organisation) WHERE k.kind IN $" + prefix
                    + "partnerKinds }", prefix + "partnerKinds", names(partnerKinds));
        }
        return c;
    }

    /** Membership {@code r} in force on {@code activeAt}, or {@code true} when no date is asked. */
    public String membershipInForce(String r, String prefix) {
        return activeAt == null ? "true"
                : "(" + r + ".since IS NULL OR " + r + ".since <= $" + prefix + "activeAt) AND (" + r + ".until IS NULL OR "
                        + r + ".until >= $" + prefix + "activeAt)";
    }

    public boolean isEmpty() {
        return apply(new Conditions(), "a", "").isEmpty();
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}

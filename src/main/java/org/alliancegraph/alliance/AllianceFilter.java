package org.alliancegraph.alliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.alliancegraph.api.ListQuery;
import org.alliancegraph.api.TerritoryArgument;
import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.graph.RelType;
import org.alliancegraph.graph.TerritoryIds;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.AllianceStatus;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;

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
        return apply(c, a, prefix, null);
    }

    /**
     * Where a list of these alliances starts, the most selective criterion first: the partner's
     * alliances, the programme's, the SDG target's, the territory's (walked down from it). Empty
     * when none is given: the rows then start from the label (and the mode's index).
     */
    public Optional<ListQuery.Anchor> anchor(String a, Function<String, List<String>> within) {
        String alliance = "(" + a + ":" + NodeLabel.Alliance.cypher() + ")";
        if (partner != null) {
            // Several roles in one alliance are several memberships: the count is not exact.
            return Optional.of(new ListQuery.Anchor("partner", "MATCH (:Organisation {id: $anchorPartner})-[:PARTNER_IN]->"
                    + alliance + "\nWITH DISTINCT " + a, "EXISTS { (" + a + ")<-[:PARTNER_IN]-(:Organisation {id: $anchorPartner}) }",
                    "OPTIONAL MATCH (o:Organisation {id: $anchorPartner})\nRETURN COUNT { (o)-[:PARTNER_IN]->() } AS estimate, labelled",
                    false, Map.of("anchorPartner", partner)));
        }
        if (programme != null) {
            return Optional.of(new ListQuery.Anchor("programme", "MATCH (:Programme {id: $anchorProgramme})<-[:IN_PROGRAMME]-" + alliance,
                    "EXISTS { (" + a + ")-[:IN_PROGRAMME]->(:Programme {id: $anchorProgramme}) }",
                    "OPTIONAL MATCH (p:Programme {id: $anchorProgramme})\nRETURN COUNT { (p)<-[:IN_PROGRAMME]-() } AS estimate, labelled",
                    true, Map.of("anchorProgramme", programme)));
        }
        if (sdgTarget != null) {
            return Optional.of(new ListQuery.Anchor("sdgTarget", "MATCH (:SdgTarget {code: $anchorSdgTarget})<-[:CONTRIBUTES_TO]-" + alliance,
                    "EXISTS { (" + a + ")-[:CONTRIBUTES_TO]->(:SdgTarget {code: $anchorSdgTarget}) }",
                    "OPTIONAL MATCH (t:SdgTarget {code: $anchorSdgTarget})\nRETURN COUNT { (t)<-[:CONTRIBUTES_TO]-() } AS estimate, labelled",
                    true, Map.of("anchorSdgTarget", sdgTarget.strip())));
        }
        if (territory != null) {
            String id = TerritoryArgument.require("filter.territory", territory);
            return Optional.of(ListQuery.territory(a, NodeLabel.Alliance, RelType.ACTS_IN, id, within.apply(id)));
        }
        return Optional.empty();
    }

    /** The predicates, but for the criterion the rows start from ({@code anchored}, or null). */
    public Conditions apply(Conditions c, String a, String prefix, ListQuery.Anchor anchored) {
        if (notEmpty(modes)) {
            c.add(a + ".mode IN $" + prefix + "modes", prefix + "modes", names(modes));
        }
        if (notEmpty(phases)) {
            c.add(a + ".currentPhase IN $" + prefix + "phases", prefix + "phases", names(phases));
        }
        if (notEmpty(statuses)) {
            c.add(a + ".status IN $" + prefix + "statuses", prefix + "statuses", names(statuses));
        }
        if (territory != null && !ListQuery.Anchor.on(anchored, "territory")) {
            c.add(TerritoryIds.within(a, RelType.ACTS_IN.name(), prefix + "territory"), prefix + "territory",
                    TerritoryArgument.require("filter.territory", territory));
        }
        if (sdgTarget != null && !ListQuery.Anchor.on(anchored, "sdgTarget")) {
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
        if (programme != null && !ListQuery.Anchor.on(anchored, "programme")) {
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
        if (partner != null && !ListQuery.Anchor.on(anchored, "partner")) {
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

    /** A statement with this filter written into its slots, and the parameters the filter adds. */
    public record Filled(String cypher, Map<String, Object> parameters) {
    }

    private static final java.util.regex.Pattern SLOT = java.util.regex.Pattern
            .compile("true /\\*(hop|inForce)\\((\\w+)(?:, (\\w+), (\\w+))?\\)\\*/");

    /**
     * Writes this filter into a statement's slots, each a valid Cypher {@code true} so that the
     * statement also runs as written (no filter): {@code true /*hop(a, r1, r2)*&#47;} for "alliance
     * {@code a} matches and memberships {@code r1}, {@code r2} are in force on activeAt", and
     * {@code true /*inForce(r)*&#47;} for a membership alone. Parameters are prefixed with {@code prefix}.
     */
    public Filled fill(String statement, String prefix) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        String cypher = SLOT.matcher(statement).replaceAll(slot -> {
            String written;
            if (slot.group(1).equals("inForce")) {
                written = membershipInForce(slot.group(2), prefix);
            } else {
                Conditions alliance = apply(new Conditions(), slot.group(2), prefix);
                parameters.putAll(alliance.parameters());
                written = alliance.isEmpty() && activeAt == null ? "true"
                        : "(" + alliance.cypher() + ") AND " + membershipInForce(slot.group(3), prefix) + " AND "
                                + membershipInForce(slot.group(4), prefix);
            }
            return java.util.regex.Matcher.quoteReplacement(written);
        });
        if (activeAt != null) {
            parameters.put(prefix + "activeAt", activeAt);
        }
        return new Filled(cypher, Map.copyOf(parameters));
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

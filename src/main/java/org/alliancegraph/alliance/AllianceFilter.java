package org.alliancegraph.alliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.api.ListQuery;
import org.alliancegraph.api.TerritoryArgument;
import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.CypherText;
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

    /** The criteria and anchors, as written in cypher/filters/alliance.cypher: on alliance {@code a}, membership {@code m}. */
    private static final CypherText.Fragments CYPHER = CypherText.fragments("filters/alliance.cypher");

    /** The predicates on alliance {@code a}, one per criterion given (cypher/filters/alliance.cypher). */
    public Conditions apply(Conditions c) {
        return apply(c, Set.of());
    }

    /**
     * Where a list of these alliances starts, the most selective criterion first: the partner's
     * alliances, the programme's, the SDG target's, the territory's (walked down from it). Empty
     * when none is given: the rows then start from the label (and the mode's index).
     */
    public Optional<ListQuery.Anchor> anchor(Function<String, List<String>> within) {
        if (partner != null) {
            // Several roles in one alliance are several memberships: the count is not exact.
            return Optional.of(anchor("partner", false, Map.of("partner", partner)));
        }
        if (programme != null) {
            return Optional.of(anchor("programme", true, Map.of("programme", programme)));
        }
        if (sdgTarget != null) {
            return Optional.of(anchor("sdgTarget", true, Map.of("sdgTarget", sdgTarget.strip())));
        }
        if (territory != null) {
            String id = TerritoryArgument.require("filter.territory", territory);
            return Optional.of(ListQuery.territory(CYPHER, id, within.apply(id), false));
        }
        return Optional.empty();
    }

    /**
     * The département or région the list is of, when the territory is one and is the criterion the
     * rows would start from (no partner, programme or SDG target: each of those binds fewer): such
     * lists read the alliances' IN_PLACE (place, name) index in name order (schema V005).
     */
    public Optional<String> place() {
        if (territory == null || partner != null || programme != null || sdgTarget != null) {
            return Optional.empty();
        }
        String id = TerritoryArgument.require("filter.territory", territory);
        return id.startsWith("departement:") || id.startsWith("region:") ? Optional.of(id) : Optional.empty();
    }

    /** The predicates on alliance {@code a} but the territory, which the rows start from. */
    public Conditions besidesTerritory(Conditions c) {
        return apply(c, Set.of("territory"));
    }

    /** One SDG target and one mode, which the rows of a list may start from. */
    public record ModeAndTarget(String mode, String sdgTarget) {
    }

    /**
     * The SDG target and the mode the list is of, when the filter names one target and exactly one
     * mode and no partner or programme (each of those binds fewer): such lists read the contributions'
     * (target, mode, name) index in name order (schema V006).
     */
    public Optional<ModeAndTarget> modeAndTarget() {
        if (sdgTarget == null || modes == null || modes.size() != 1 || partner != null || programme != null) {
            return Optional.empty();
        }
        return Optional.of(new ModeAndTarget(modes.getFirst().name(), sdgTarget.strip()));
    }

    /** The predicates on alliance {@code a} but the mode and the SDG target, which the rows start from. */
    public Conditions besidesModeAndTarget(Conditions c) {
        return apply(c, Set.of("modes", "sdgTarget"));
    }

    private static ListQuery.Anchor anchor(String criterion, boolean exact, Map<String, Object> parameters) {
        return new ListQuery.Anchor(criterion, CYPHER.get(criterion + "From"), CYPHER.get(criterion),
                CYPHER.get(criterion + "Estimate"), exact, parameters);
    }

    /** The predicates on alliance {@code a}, but for the criterion the rows start from ({@code anchored}, or null). */
    public Conditions apply(Conditions c, ListQuery.Anchor anchored) {
        return apply(c, anchored == null ? Set.of() : Set.of(anchored.criterion()));
    }

    /** The predicates on alliance {@code a}, but for the criteria the rows start from ({@code startFrom}). */
    private Conditions apply(Conditions c, Set<String> startFrom) {
        if (!startFrom.contains("modes")) {
            criterion(c, "modes", names(modes));
        }
        criterion(c, "phases", names(phases));
        criterion(c, "statuses", names(statuses));
        if (!startFrom.contains("territory")) {
            criterion(c, "territory", territory == null ? null : TerritoryArgument.require("filter.territory", territory));
        }
        if (!startFrom.contains("sdgTarget")) {
            criterion(c, "sdgTarget", sdgTarget == null ? null : sdgTarget.strip());
        }
        criterion(c, "sdgGoal", sdgGoal == null ? null : sdgGoal.strip());
        criterion(c, "fragilityDomains", fragilityDomains == null || fragilityDomains.isEmpty() ? null : fragilityDomains);
        if (!startFrom.contains("programme")) {
            criterion(c, "programme", programme);
        }
        criterion(c, "source", source);
        criterion(c, "activeAt", activeAt);
        if (!startFrom.contains("partner")) {
            criterion(c, "partner", partner);
        }
        criterion(c, "partnerKinds", names(partnerKinds));
        return c;
    }

    /** The criterion's predicate with its value, when the request gives one. */
    private static void criterion(Conditions c, String name, Object value) {
        if (value != null) {
            c.add(CYPHER.get(name), name, value);
        }
    }

    /** Membership {@code m} in force on {@code activeAt}, or {@code true} when no date is asked. */
    private String inForce(String m) {
        return activeAt == null ? "true" : CypherText.rename(CYPHER.get("inForce"), "m", m);
    }

    /** A statement with this filter written into its slots, and the parameters the filter adds. */
    public record Filled(String cypher, Map<String, Object> parameters) {
    }

    private static final Pattern SLOT = Pattern
            .compile("true /\\*(hop|inForce)\\((\\w+(?:, \\w+)*)\\)\\*/");

    /**
     * Writes this filter into a statement's slots ({@link CypherText}): {@code true /*hop(a, r1, r2)*&#47;}
     * for "alliance {@code a} meets the criteria and memberships {@code r1}, {@code r2}... are in force
     * on activeAt", {@code true /*inForce(r)*&#47;} for a membership alone. With no criterion every slot
     * stays {@code true}.
     */
    public Filled fill(String statement) {
        Conditions alliance = apply(new Conditions());
        String cypher = SLOT.matcher(statement).replaceAll(slot -> {
            List<String> names = List.of(slot.group(2).split(", "));
            List<String> written = new ArrayList<>();
            if (slot.group(1).equals("hop")) {
                alliance.predicates().forEach(p -> written.add(CypherText.rename(p, "a", names.getFirst())));
                names.subList(1, names.size()).forEach(m -> written.add(inForce(m)));
            } else {
                names.forEach(m -> written.add(inForce(m)));
            }
            written.removeIf("true"::equals);
            return Matcher.quoteReplacement(written.isEmpty() ? "true" : "(" + String.join(" AND ", written) + ")");
        });
        return new Filled(cypher, Map.copyOf(alliance.parameters()));
    }

    public boolean isEmpty() {
        return apply(new Conditions()).isEmpty();
    }

    /** The names, or null for no criterion. */
    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null : values.stream().map(Enum::name).toList();
    }
}

package org.alliancegraph.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.api.ListQuery;
import org.alliancegraph.api.TerritoryArgument;
import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;

/**
 * Which organisations count. {@code territory} takes any level (a région includes its communes). The
 * alliance criteria (modes, phases, SDG goal or target, programme, activeAt) select organisations that
 * are partner in at least one alliance meeting all of them (with a membership in force on activeAt).
 */
public record OrganisationFilter(List<OrganisationKind> kinds, String territory, String source, String text,
        String sdgGoal, String sdgTarget, List<AllianceMode> modes, List<InnovationPhase> phases, String programme,
        LocalDate activeAt) {

    public AllianceFilter allianceCriteria() {
        return new AllianceFilter(modes, phases, null, null, sdgGoal, sdgTarget, null, programme, null, activeAt, null, null);
    }

    /** The criteria and the territory anchor, as written in cypher/filters/organisation.cypher: on organisation {@code o}. */
    private static final CypherText.Fragments CYPHER = CypherText.fragments("filters/organisation.cypher");

    /** The predicates on organisation {@code o}, one per criterion given (cypher/filters/organisation.cypher). */
    public Conditions apply(Conditions c) {
        return apply(c, false);
    }

    /**
     * Where a list of these organisations starts: the territory's organisations, walked down from
     * it (the organisations' own walk up, tested on each, cost the whole graph). Empty without a
     * territory, or with a name search, which starts from its index.
     */
    public Optional<ListQuery.Anchor> anchor(Function<String, List<String>> within) {
        if (territory == null || (text != null && !text.isBlank())) {
            return Optional.empty();
        }
        String id = TerritoryArgument.require("filter.territory", territory);
        return Optional.of(ListQuery.territory(CYPHER, id, within.apply(id), true));
    }

    /** The walk-up predicate "located in territory {@code $territory} or inside it", on organisation {@code o}. */
    static String locatedWithin() {
        return CYPHER.get("territory");
    }

    /**
     * A département or région, whose organisations each carry its id as a place key
     * ({@code writing.GraphWrites.PLACE_KEYS}): {@code key} is the property, {@code territory} the id.
     */
    public record Place(String key, String territory) {

        /** The place of a territory id when it is a département or a région. */
        public static Optional<Place> of(String territoryId) {
            // The property names are these two literals, never the input.
            return territoryId.startsWith("departement:") ? Optional.of(new Place("departement", territoryId))
                    : territoryId.startsWith("region:") ? Optional.of(new Place("region", territoryId)) : Optional.empty();
        }
    }

    /**
     * The place the list is of, when the territory is a département or a région and no name search
     * starts the rows: such lists read the (key, name) index in name order.
     */
    public Optional<Place> place() {
        if (territory == null || (text != null && !text.isBlank())) {
            return Optional.empty();
        }
        return Place.of(TerritoryArgument.require("filter.territory", territory));
    }

    /** The predicates on organisation {@code o} but the territory, which the rows start from. */
    public Conditions besidesTerritory(Conditions c) {
        return apply(c, true);
    }

    /** The predicates on organisation {@code o}, but for the criterion the rows start from. */
    public Conditions apply(Conditions c, ListQuery.Anchor anchored) {
        return apply(c, ListQuery.Anchor.on(anchored, "territory"));
    }

    private Conditions apply(Conditions c, boolean fromTerritory) {
        if (kinds != null && !kinds.isEmpty()) {
            c.add(CYPHER.get("kinds"), "kinds", kinds.stream().map(Enum::name).toList());
        }
        if (territory != null && !fromTerritory) {
            c.add(CYPHER.get("territory"), "territory", TerritoryArgument.require("filter.territory", territory));
        }
        if (source != null) {
            c.add(CYPHER.get("source"), "source", source);
        }
        AllianceFilter alliances = allianceCriteria();
        if (!alliances.isEmpty()) {
            AllianceFilter.Filled partnerIn = alliances.fill(CYPHER.get("partnerIn"));
            c.add(partnerIn.cypher());
            partnerIn.parameters().forEach(c::param);
        }
        return c;
    }

}

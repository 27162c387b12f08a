package org.alliancegraph.organisation;

import java.time.LocalDate;
import java.util.List;

import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.api.ListQuery;
import org.alliancegraph.api.TerritoryArgument;
import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.graph.RelType;
import org.alliancegraph.graph.TerritoryIds;
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

    /** Predicates on organisation variable {@code o}. */
    public Conditions apply(Conditions c, String o) {
        return apply(c, o, null);
    }

    /**
     * Where a list of these organisations starts: the territory's organisations, walked down from
     * it (the organisations' own walk up, tested on each, cost the whole graph). Empty without a
     * territory, or with a name search, which starts from its index.
     */
    public java.util.Optional<ListQuery.Anchor> anchor(String o, java.util.function.Function<String, List<String>> within) {
        if (territory == null || (text != null && !text.isBlank())) {
            return java.util.Optional.empty();
        }
        String id = TerritoryArgument.require("filter.territory", territory);
        return java.util.Optional.of(ListQuery.territory(o, NodeLabel.Organisation, RelType.LOCATED_IN, id, within.apply(id)));
    }

    /**
     * A département or région, whose organisations each carry its id as a place key
     * ({@code writing.GraphWrites.PLACE_KEYS}): {@code key} is the property, {@code territory} the id.
     */
    public record Place(String key, String territory) {
    }

    /**
     * The place the list is of, when the territory is a département or a région and no name search
     * starts the rows: such lists read the (key, name) index in name order.
     */
    public java.util.Optional<Place> place() {
        if (territory == null || (text != null && !text.isBlank())) {
            return java.util.Optional.empty();
        }
        String id = TerritoryArgument.require("filter.territory", territory);
        // The property names are these two literals, never the input.
        return id.startsWith("departement:") ? java.util.Optional.of(new Place("departement", id))
                : id.startsWith("region:") ? java.util.Optional.of(new Place("region", id)) : java.util.Optional.empty();
    }

    /** Predicates on organisation variable {@code o} but the territory, which the rows start from. */
    public Conditions besidesTerritory(Conditions c, String o) {
        return apply(c, o, true);
    }

    /** Predicates on organisation variable {@code o}, but for the criterion the rows start from. */
    public Conditions apply(Conditions c, String o, ListQuery.Anchor anchored) {
        return apply(c, o, ListQuery.Anchor.on(anchored, "territory"));
    }

    private Conditions apply(Conditions c, String o, boolean fromTerritory) {
        if (kinds != null && !kinds.isEmpty()) {
            c.add(o + ".kind IN $kinds", "kinds", kinds.stream().map(Enum::name).toList());
        }
        if (territory != null && !fromTerritory) {
            String id = TerritoryArgument.require("filter.territory", territory);
            c.add(TerritoryIds.within(o, RelType.LOCATED_IN.name(), "territory"), "territory", id);
        }
        if (source != null) {
            c.add("EXISTS { (" + o + ")-[:SOURCED_FROM]->(:Source {id: $source}) }", "source", source);
        }
        AllianceFilter alliances = allianceCriteria();
        if (!alliances.isEmpty()) {
            Conditions inner = alliances.apply(new Conditions(), "fa", "fa_");
            c.add("EXISTS { MATCH (" + o + ")-[fr:PARTNER_IN]->(fa:Alliance) WHERE " + inner.cypher() + " AND "
                    + alliances.membershipInForce("fr", "fa_") + " }");
            inner.parameters().forEach(c::param);
        }
        return c;
    }

}

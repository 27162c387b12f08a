package org.alliancegraph.alliance;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.alliancegraph.api.Connection;
import org.alliancegraph.api.Cursor;
import org.alliancegraph.api.ListQuery;
import org.alliancegraph.graph.Batch;
import org.alliancegraph.graph.CodedTerm;
import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.Reads;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.programme.Programme;
import org.alliancegraph.sdg.SdgTarget;
import org.alliancegraph.source.Provenance;
import org.alliancegraph.source.Source;
import org.alliancegraph.territory.Territory;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Read queries about alliances; the batch ones answer for many alliances in one Cypher query. */
@Component
public class AllianceQueries {

    private final Neo4jClient client;

    AllianceQueries(@Reads Neo4jClient client) {
        this.client = client;
    }

    private static final CypherText.Fragments IN_PLACE = CypherText.fragments("lists/alliances-in-place.cypher");

    /**
     * A page of the alliances acting in a département or région by name, and their total when
     * {@code counted}, in one statement (cypher/lists/alliances-in-place.cypher): from the IN_PLACE
     * (place, name) index in name order, stopping at the page's end, where starting from the
     * territories inside the place gathered and sorted its whole answer, and reading every alliance in
     * name order tested each against the place's territories.
     */
    public Connection<Alliance> inPlace(String place, Conditions conditions, int first, Cursor after, boolean counted,
            Function<Alliance, Cursor> cursorOf) {
        return fromIndex(IN_PLACE, "ip.name >= $afterKey", Map.of("place", place), conditions, first, after, counted, cursorOf);
    }

    private static final CypherText.Fragments CONTRIBUTING = CypherText.fragments("lists/alliances-contributing.cypher");

    /** The same with the total read as the degree of the target's node for the mode, when no other criterion filters. */
    private static final CypherText.Fragments CONTRIBUTING_TALLIED = CONTRIBUTING.replacing("total", "tally");

    /**
     * A page of the alliances of one mode contributing to one SDG target by name, and their total when
     * {@code counted}, in one statement (cypher/lists/alliances-contributing.cypher): from the
     * contributions' (target, mode, name) index in name order, stopping at the page's end, where
     * starting from the target tested the mode of each of its alliances, most of the graph's for 17.17.
     * The total is the degree of the target's node for the mode (schema V007) when no other
     * criterion filters, else counted from the index.
     */
    public Connection<Alliance> contributing(AllianceFilter.ModeAndTarget by, Conditions conditions, int first, Cursor after,
            boolean counted, Function<Alliance, Cursor> cursorOf) {
        return fromIndex(conditions.isEmpty() ? CONTRIBUTING_TALLIED : CONTRIBUTING, "c.name >= $afterKey",
                Map.of("sdgTarget", by.sdgTarget(), "mode", by.mode()), conditions,
                first, after, counted, cursorOf);
    }

    /** A list read from an index in name order ({@link ListQuery#fromIndex}); {@code from}: the parameters of the criterion the index holds. */
    private Connection<Alliance> fromIndex(CypherText.Fragments statement, String start, Map<String, Object> from,
            Conditions conditions, int first, Cursor after, boolean counted, Function<Alliance, Cursor> cursorOf) {
        Map<String, Object> params = new HashMap<>(conditions.parameters());
        params.putAll(from);
        // No criterion, no slot: the page's `true /*where*/` stays true, and the tally's total has no slot to fill.
        Map<String, String> slots = conditions.isEmpty() ? Map.of() : Map.of("where", conditions.cypher());
        return ListQuery.fromIndex(client, ListQuery.Listed.ALLIANCES, statement, slots, start,
                params, first, after, counted, r -> Alliance.from(r.get("a")), cursorOf);
    }

    public Optional<Alliance> byId(String id) {
        return client.query("MATCH (a:Alliance {id: $id}) RETURN a {.*} AS a").bind(id).to("id")
                .fetchAs(Alliance.class).mappedBy((t, r) -> Alliance.from(r.get("a"))).one();
    }

    private static final String TERRITORIES = CypherText.read("alliance/territories.cypher");

    public Map<String, List<Territory>> territories(Collection<String> ids) {
        return Batch.lists(client, TERRITORIES, params(ids), ids, r -> Territory.from(r.get("t")));
    }

    private static final String SDG_TARGETS = CypherText.read("alliance/sdg-targets.cypher");

    public Map<String, List<SdgContribution>> sdgTargets(Collection<String> ids) {
        return Batch.lists(client, SDG_TARGETS, params(ids), ids, SdgContribution::from);
    }

    private static final String FRAGILITY_DOMAINS = CypherText.read("alliance/fragility-domains.cypher");

    public Map<String, List<CodedTerm>> fragilityDomains(Collection<String> ids) {
        return Batch.lists(client, FRAGILITY_DOMAINS, params(ids), ids, r -> CodedTerm.from(r.get("d")));
    }

    private static final String IMPACTS = CypherText.read("alliance/impacts.cypher");

    public Map<String, List<CodedTerm>> impacts(Collection<String> ids) {
        return Batch.lists(client, IMPACTS, params(ids), ids, r -> CodedTerm.from(r.get("i")));
    }

    private static final String PROGRAMMES = CypherText.read("alliance/programmes.cypher");

    public Map<String, List<Programme>> programmes(Collection<String> ids) {
        return Batch.lists(client, PROGRAMMES, params(ids), ids, r -> Programme.from(r.get("p")));
    }

    private static final String PHASE_HISTORY = CypherText.read("alliance/phase-history.cypher");

    public Map<String, List<PhaseStep>> phaseHistory(Collection<String> ids) {
        return Batch.lists(client, PHASE_HISTORY, params(ids), ids, r -> new PhaseStep(
                InnovationPhase.valueOf(r.get("phase").asString()), Rows.date(r.get("r"), "since"),
                Rows.date(r.get("r"), "until"), r.get("s").isNull() ? null
                        : new Provenance(Source.from(r.get("s")), Rows.str(r.get("r"), "quote"), Rows.str(r.get("r"), "page"))));
    }

    private static Map<String, Object> params(Collection<String> ids) {
        return Map.of("ids", List.copyOf(ids));
    }
}

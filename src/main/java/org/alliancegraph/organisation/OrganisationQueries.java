package org.alliancegraph.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.api.Connection;
import org.alliancegraph.api.Cursor;
import org.alliancegraph.api.ListQuery;
import org.alliancegraph.graph.Batch;
import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.HubCache;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.graph.Reads;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.territory.Territory;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Read queries about organisations; the batch ones answer for many organisations in one Cypher query. */
@Component
public class OrganisationQueries {

    private final Neo4jClient client;

    OrganisationQueries(@Reads Neo4jClient client, HubCache hubs) {
        this.client = client;
        this.hubs = hubs;
    }

    private final HubCache hubs;
    /** From how many organisations a territory's total is kept until the graph changes: it is an index count of them all. */
    static final int KEPT_TOTAL_FROM = 20_000;

    private static final String ALIAS = CypherText.read("organisation/alias.cypher");

    /** The organisation an id answers for since a merge, when it is such an alias. */
    public Optional<String> aliasOf(String id) {
        return client.query(ALIAS).bind(id).to("id").fetchAs(String.class).one();
    }

    public Optional<Organisation> byId(String id) {
        return client.query("MATCH (o:Organisation {id: $id}) RETURN o {.*} AS o").bind(id).to("id")
                .fetchAs(Organisation.class).mappedBy((t, r) -> Organisation.from(r.get("o"))).one();
    }

    public Connection<Organisation> page(ListQuery.Anchor anchor, Conditions conditions, String sortKey, String text, int first,
            Cursor after, boolean counted, Function<Organisation, Cursor> cursorOf) {
        return anchor == null
                ? ListQuery.page(client, ListQuery.Listed.ORGANISATIONS, conditions, sortKey, text, first, after,
                        r -> Organisation.from(r.get("o")), cursorOf)
                : ListQuery.page(client, ListQuery.Listed.ORGANISATIONS, anchor, conditions, sortKey, first, after, counted,
                        r -> Organisation.from(r.get("o")), cursorOf);
    }

    private static final CypherText.Fragments IN_PLACE = CypherText.fragments("lists/organisations-in-place.cypher");

    /**
     * A page of a département's or région's organisations by name, and their total when
     * {@code counted}, in one statement: from the (place key, name) index in name order, stopping at
     * the page's end (schema V004), with the few organisations that lie in several départements or
     * régions (an EPCI across them: no single key) found by the walk up the tree. Cost: the page, and
     * for the total an index count, where starting from the territories inside it read every commune
     * and sorted the whole answer.
     */
    public Connection<Organisation> inPlace(OrganisationFilter.Place place, Conditions conditions, int first, Cursor after,
            boolean counted, Function<Organisation, Cursor> cursorOf) {
        Map<String, Object> params = new HashMap<>(conditions.parameters());
        params.put("place", place.territory());
        params.put("territory", place.territory());
        // The key is one of two literals (OrganisationFilter.place), never the input.
        Map<String, String> slots = Map.of("key", place.key(), "where", conditions.cypher(),
                "located", OrganisationFilter.locatedWithin());
        // A large territory's total (a région's hundreds of thousands once the registries are loaded) is
        // kept until the graph changes; the page is read each time.
        List<Object> totalKey = List.of("organisations-in-place", place.key(), place.territory(), conditions.cypher(),
                new TreeMap<>(conditions.parameters()).toString());
        Integer kept = counted ? hubs.get(totalKey, Integer.class) : null;
        long version = hubs.version();
        Connection<Organisation> page = ListQuery.fromIndex(client, ListQuery.Listed.ORGANISATIONS, IN_PLACE, slots, "o.name >= $afterKey",
                params, first, after, counted && kept == null, r -> Organisation.from(r.get("o")), cursorOf);
        if (kept != null) {
            return new Connection<>(page.edges(), page.pageInfo(), () -> kept);
        }
        if (counted && page.totalCount() >= KEPT_TOTAL_FROM) {
            hubs.keep(totalKey, page.totalCount(), version, 1);
        }
        return page;
    }

    /** An organisation, its memberships, and each of their alliances' memberships (its partners), read together. */
    public record WithMemberships(Organisation organisation, List<Membership> memberships, Map<Alliance, List<Membership>> partners) {
    }

    private static final String BY_ID_WITH_MEMBERSHIPS = CypherText.read("organisation/by-id-with-memberships.cypher");

    /**
     * {@code organisation { memberships { alliance { partners } } } } in one statement instead of one per
     * level (three round trips and transactions): the orders are those of {@link #memberships} and of
     * the alliances' partners (AllianceQueries.partners).
     */
    public Optional<WithMemberships> byIdWithMemberships(String id) {
        return client.query(BY_ID_WITH_MEMBERSHIPS).bind(id).to("id").fetchAs(WithMemberships.class).mappedBy((t, r) -> {
                    Value o = r.get("o");
                    Organisation organisation = Organisation.from(o);
                    List<Membership> memberships = new ArrayList<>();
                    Map<Alliance, List<Membership>> partners = new LinkedHashMap<>();
                    for (Value m : r.get("memberships").values()) {
                        Membership own = Membership.from(entries(o, m.get("r"), m.get("a"), m.get("s")));
                        memberships.add(own);
                        partners.computeIfAbsent(own.alliance(), k -> m.get("partners").asList(
                                p -> Membership.from(entries(p.get("o"), p.get("r"), m.get("a"), p.get("s")))));
                    }
                    return new WithMemberships(organisation, List.copyOf(memberships), partners);
                }).one();
    }

    /** The four entries a membership is read from. */
    private static Value entries(Value o, Value r, Value a, Value s) {
        return Values.value(Map.of("o", o, "r", r, "a", a, "s", s));
    }

    private static final String TERRITORIES = CypherText.read("organisation/territories.cypher");

    public Map<String, Territory> territories(Collection<String> ids) {
        return Batch.singles(client, TERRITORIES, Map.of("ids", List.copyOf(ids)), r -> Territory.from(r.get("t")));
    }

    private static final String MEMBERSHIPS = CypherText.read("organisation/memberships.cypher");

    public Map<String, List<Membership>> memberships(Collection<String> ids) {
        return Batch.lists(client, MEMBERSHIPS, Map.of("ids", List.copyOf(ids)), ids, Membership::from);
    }

    /**
     * The first direct partners of {@code o}, most shared alliances first (then name, then id, so
     * pages are stable), as one list per organisation. The cap applies inside the subquery, so a hub
     * does not flood the answer. The same partners, in the same order, as the first page of
     * {@code Query.partners} at depth 1 (cypher/partners/reachable-1.cypher, which adds the filter,
     * the cursor and the total): this one answers for a whole list of organisations at once. The
     * shared alliances' properties come only when {@code $withShared} (the selection asks for them):
     * each partner's row otherwise carries every property of every alliance it shares.
     */
    private static final String FIRST_PARTNERS = """
            CALL (o) {
              MATCH (o)-[:PARTNER_IN]->(a:Alliance)<-[:PARTNER_IN]-(p:Organisation)
              WHERE p <> o
              WITH p, collect(DISTINCT a) AS shared
              ORDER BY size(shared) DESC, p.name, p.id
              LIMIT $first
              RETURN collect({t: p {.*}, sharedCount: size(shared),
                              shared: CASE WHEN $withShared THEN [a IN shared | a {.*}] END}) AS partners
            }""";

    /**
     * An organisation's first partners, and how many alliances it is partner in: that count says
     * whether it is a hub ({@link HubCache}).
     */
    public record Partners(List<Partner> list, long memberships) {
    }

    /**
     * Direct partners of each organisation, at most {@code first} each: one statement for all.
     */
    public Map<String, Partners> partners(Collection<String> ids, int first, boolean withShared) {
        return Batch.singles(client, """
                UNWIND $ids AS key
                MATCH (o:Organisation {id: key})
                %s
                RETURN key, partners, COUNT { (o)-[:PARTNER_IN]->() } AS memberships""".formatted(FIRST_PARTNERS),
                Map.of("ids", List.copyOf(ids), "first", first, "withShared", withShared),
                r -> new Partners(partnerList(r.get("partners")), r.get("memberships").asLong()));
    }

    /** An organisation with its first direct partners, and how many alliances it is partner in. */
    public record WithPartners(Organisation organisation, List<Partner> partners, long memberships) {
    }

    /**
     * An organisation and its first {@code first} direct partners in one statement (one transaction):
     * the look-ahead for {@code organisation { partners }}, the most asked question, which otherwise
     * costs two round trips to the database.
     */
    public Optional<WithPartners> byIdWithPartners(String id, int first, boolean withShared) {
        return client.query("""
                MATCH (o:Organisation {id: $id})
                %s
                RETURN o {.*} AS o, partners, COUNT { (o)-[:PARTNER_IN]->() } AS memberships""".formatted(FIRST_PARTNERS))
                .bindAll(Map.of("id", id, "first", first, "withShared", withShared))
                .fetchAs(WithPartners.class)
                .mappedBy((t, r) -> new WithPartners(Organisation.from(r.get("o")), partnerList(r.get("partners")),
                        r.get("memberships").asLong()))
                .one();
    }

    private static List<Partner> partnerList(Value rows) {
        return Rows.list(rows, Partner::from);
    }
}

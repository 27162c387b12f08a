package org.alliancegraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;

import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.graph.RelType;
import org.alliancegraph.graph.TerritoryIds;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A keyset-paged list of one label: filter predicates, an optional full-text restriction, a sort
 * expression and the id as tie-breaker. One query per page; a count query only when asked.
 * <p>
 * Where the rows start decides what a page costs: from every node of the label, each one tested, a
 * page costs the whole graph; from an {@link Anchor} (the territory, the SDG target, the partner the
 * filter names) it costs the answer. The filter offers its most selective criterion as an anchor and
 * leaves its predicate out.
 */
public final class ListQuery {

    /**
     * Where the rows can start: the filter's most selective criterion.
     *
     * @param criterion  the filter criterion it stands for; the filter leaves its predicate out
     * @param cypher     a statement head that binds the list's variable, each node once
     * @param predicate  the same criterion as a predicate on the variable, for when the rows start
     *                   from the label instead (see {@link ListQuery})
     * @param estimate   a statement returning {@code estimate}, at least the number of nodes the
     *                   head binds, found without binding them (relationship counts), and
     *                   {@code labelled}, bound before it to the number of nodes of the label
     * @param exact      whether {@code estimate} is that number exactly, so it serves as the total
     * @param parameters the criterion's values
     */
    public record Anchor(String criterion, String cypher, String predicate, String estimate, boolean exact,
            Map<String, Object> parameters) {

        /** Whether {@code anchored} (which may be null) stands for this criterion. */
        public static boolean on(Anchor anchored, String criterion) {
            return anchored != null && anchored.criterion().equals(criterion);
        }
    }

    /**
     * The rows start from the label, in the order of the name (or id) index, when the anchor's answer
     * is so large a share of the label that the page fills long before the answer ends: a scan of
     * {@code page × labelled ÷ estimate} nodes, each tested (about 15 db hits), against binding and
     * sorting {@code estimate} nodes (about 5 each), that is when {@code estimate² > 150 × labelled}
     * for a 50-row page. Other predicates make the scan longer by a factor nobody knows in advance;
     * 8 was taken for them (a phase and a date keep about an eighth of the alliances). Measured on L:
     * the largest région's 18,000 organisations, 12,182 db hits scanning against 100,798 anchored; a
     * département's 2,000, 26,796 anchored against 130,894 scanning.
     */
    static boolean scanInOrder(long estimate, long labelled, int first, boolean otherPredicates) {
        double factor = otherPredicates ? 8 : 1;
        return (double) estimate * estimate > 3.0 * (first + 1) * labelled * factor;
    }

    /**
     * A territory criterion as an anchor, from a filter file's fragments ({@code territoryFrom},
     * {@code territoryIn}, {@code territoryEstimate}, {@code territoryFromTop}, and the walk-up
     * predicate {@code territory}): the nodes in the territory or one inside it, started from those
     * territories ({@code within}, from the territories table) rather than walked up from every node.
     * A territory with more than {@value #LISTED_TERRITORIES} inside (France) is walked down in the
     * database instead of sent as a list, and counted as the whole label.
     *
     * @param exact whether each node is in one territory only (organisations), so the estimate is the count
     */
    public static Anchor territory(org.alliancegraph.graph.CypherText.Fragments fragments, String territoryId, List<String> within, boolean exact) {
        if (within.size() > LISTED_TERRITORIES) {
            return new Anchor("territory", fragments.get("territoryFromTop"), fragments.get("territory"),
                    "RETURN labelled AS estimate, labelled", false, Map.of("territory", territoryId));
        }
        return new Anchor("territory", fragments.get("territoryFrom"), fragments.get("territoryIn"),
                fragments.get("territoryEstimate"), exact, Map.of("territories", within));
    }

    /** Rows sorted whole at most, to give a page and its total from one pass. */
    static final int WHOLE_SORT_LIMIT = 50_000;

    /** Territories sent as a list parameter at most; above, the hierarchy is walked in the database. */
    static final int LISTED_TERRITORIES = 5_000;

    private ListQuery() {
    }

    /**
     * {@link #page} starting from the anchor's rows, or from the label in index order when the anchor
     * binds a large share of it (see {@link #scanInOrder}).
     * <p>
     * One statement in the usual case: it estimates the anchor's size, and when the anchor is the
     * better start it reads the page, and the total when asked ({@code counted}) in the same pass
     * over the answer (sorted whole, then cut), instead of a second statement that would walk the
     * same rows again. When the label is the better start, the page is a second statement, and the
     * total a third one over the anchor's rows, which costs the answer, or the estimate itself when it
     * is exact and nothing else filters.
     */
    public static <T> Connection<T> page(Neo4jClient client, NodeLabel label, String v, Anchor anchor, Conditions conditions,
            String sortKey, int first, Cursor after, boolean counted, Function<Record, T> mapper, Function<T, Cursor> cursorOf) {
        Map<String, Object> params = new HashMap<>(conditions.parameters());
        params.putAll(anchor.parameters());
        boolean others = !conditions.isEmpty();
        boolean exact = anchor.exact() && !others;
        String indexed = sortKey.equals(v + ".name") || sortKey.equals(v + ".id") ? sortKey : null;
        params.put("limit", first + 1);
        // scanInOrder, written in Cypher; a sort the index cannot give never scans.
        params.put("scanFactor", indexed == null ? Double.MAX_VALUE : 3.0 * (first + 1) * (others ? 8 : 1));
        boolean whole = counted && !exact;
        // A total that is not the estimate walks the anchor's rows anyway: then the page comes from the
        // same pass, unless the answer is too large to sort whole (the scan and a count cost two walks:
        // 54 ms against about 20 for an SDG target held by a third of M's alliances).
        params.put("anchorUpTo", whole ? WHOLE_SORT_LIMIT : -1);
        // With the total, the whole answer is sorted and cut after the cursor in the list; without
        // it, the cursor cuts in the database and only the page is kept out of the sort.
        String cursor = "(" + sortKey + " > $afterKey OR (" + sortKey + " = $afterKey AND " + v + ".id > $afterId))";
        String listCursor = "(row.sortKey > $afterKey OR (row.sortKey = $afterKey AND row." + v + ".id > $afterId))";
        if (after != null) {
            params.put("afterKey", after.sortValue());
            params.put("afterId", after.id());
        }
        String cypher = "CALL () {\n  CALL () { MATCH (n:" + label.cypher() + ") RETURN count(n) AS labelled }\n  "
                + anchor.estimate().replace("\n", "\n  ") + "\n}\n"
                + "WITH estimate, estimate <= $anchorUpTo OR toFloat(estimate) * estimate <= $scanFactor * labelled AS anchored\n"
                + "OPTIONAL CALL (anchored) {\n  WITH anchored WHERE anchored\n  "
                + anchor.cypher().replace("\n", "\n  ") + where(anchor.cypher()) + conditions.cypher()
                + (after != null && !whole ? "\n  AND " + cursor : "")
                + "\n  WITH " + v + ", " + sortKey + " AS sortKey ORDER BY sortKey, " + v + ".id" + (whole ? "" : " LIMIT $limit")
                + "\n  WITH collect({" + v + ": " + v + ", sortKey: sortKey}) AS rows"
                + "\n  RETURN size(rows) AS total, [row IN rows WHERE " + (after != null && whole ? listCursor : "true")
                + "][0..$limit] AS page\n}\n"
                + "UNWIND CASE WHEN anchored AND size(page) > 0 THEN page ELSE [null] END AS row\n"
                + "WITH estimate, anchored, total, row, row." + v + " AS " + v + "\n"
                + "RETURN estimate, anchored, total, " + v + " {.*} AS " + v + ", row.sortKey AS sortKey";
        List<Record> records = List.copyOf(client.query(cypher).bindAll(params).fetchAs(Record.class).mappedBy((t, r) -> r).all());
        Record head = records.getFirst();
        long estimate = head.get("estimate").asLong(0);
        if (head.get("anchored").asBoolean(true)) {
            List<T> rows = records.stream().filter(r -> !r.get(v).isNull()).map(mapper).toList();
            int total = head.get("total").isNull() ? 0 : head.get("total").asInt();
            IntSupplier count = exact ? () -> (int) estimate : whole ? () -> total : countOf(client, anchor.cypher(), conditions, params);
            return Connection.of(rows, first, cursorOf, after != null, count);
        }
        // The label is the better start: a second statement. (As a second branch of the first one, gated
        // on the estimate, the planner ran it even when the gate was shut: 651,292 db hits for a
        // département's alliances on M, where the anchored branch alone costs about 20,000.)
        // A range predicate on the sort property lets the planner read its index in order and stop at the page's end.
        String from = "MATCH (" + v + ":" + label.cypher() + ") WHERE " + indexed + (after == null ? " IS NOT NULL" : " >= $afterKey")
                + " AND true";
        Conditions where = new Conditions().add(anchor.predicate());
        where.add(conditions.cypher());
        IntSupplier count = exact ? () -> (int) estimate : countOf(client, anchor.cypher(), conditions, params);
        return page(client, from, new HashMap<>(params), v, where, sortKey, first, after, mapper, cursorOf, count);
    }

    private static IntSupplier countOf(Neo4jClient client, String from, Conditions conditions, Map<String, Object> params) {
        String cypher = from + where(from) + conditions.cypher() + "\nRETURN count(*)";
        return () -> client.query(cypher).bindAll(params).fetchAs(Long.class).one().orElse(0L).intValue();
    }

    /**
     * @param label    the label (from the enum)
     * @param v        the node variable used by the predicates and {@code sortKey}
     * @param sortKey  a Cypher string expression the page is ordered by (then by id)
     * @param text     optional full-text search on names
     */
    public static <T> Connection<T> page(Neo4jClient client, NodeLabel label, String v, Conditions conditions,
            String sortKey, String text, int first, Cursor after, Function<Record, T> mapper, Function<T, Cursor> cursorOf) {
        Map<String, Object> params = new HashMap<>(conditions.parameters());
        String from = from(label, v, text, params);
        String countCypher = from + where(from) + conditions.cypher() + "\nRETURN count(*)";
        return page(client, from, params, v, conditions, sortKey, first, after, mapper, cursorOf,
                () -> client.query(countCypher).bindAll(params).fetchAs(Long.class).one().orElse(0L).intValue());
    }

    private static <T> Connection<T> page(Neo4jClient client, String from, Map<String, Object> fromParams, String v,
            Conditions conditions, String sortKey, int first, Cursor after, Function<Record, T> mapper, Function<T, Cursor> cursorOf,
            IntSupplier count) {
        Map<String, Object> params = new HashMap<>(fromParams);
        String keyset = "true";
        if (after != null) {
            keyset = "(" + sortKey + " > $afterKey OR (" + sortKey + " = $afterKey AND " + v + ".id > $afterId))";
            params.put("afterKey", after.sortValue());
            params.put("afterId", after.id());
        }
        params.put("limit", first + 1);
        // The page is cut before its properties are read: only the page's nodes are projected.
        String cypher = from + where(from) + conditions.cypher() + "\n  AND " + keyset
                + "\nWITH " + v + ", " + sortKey + " AS sortKey"
                + "\nORDER BY sortKey, " + v + ".id\nLIMIT $limit"
                + "\nRETURN " + v + " {.*} AS " + v + ", sortKey";
        List<T> rows = List.copyOf(client.query(cypher).bindAll(params).fetchAs(Object.class)
                .mappedBy((t, r) -> mapper.apply(r)).all()).stream().map(o -> {
                    @SuppressWarnings("unchecked")
                    T item = (T) o;
                    return item;
                }).toList();
        return Connection.of(rows, first, cursorOf, after != null, count);
    }

    /** A MATCH takes a WHERE; the full-text form already has one, so further predicates are ANDed. */
    private static String where(String from) {
        return from.endsWith(" AND true") ? "\n  AND " : "\nWHERE ";
    }

    private static String from(NodeLabel label, String v, String text, Map<String, Object> params) {
        if (text == null || text.isBlank()) {
            return "MATCH (" + v + ":" + label.cypher() + ")";
        }
        params.put("text", NameQuery.lucene(text));
        // The index spans several labels: keep this one (the WHERE that follows ANDs to it).
        return "CALL db.index.fulltext.queryNodes('actor_name_search', $text, {limit: 100000}) YIELD node AS " + v
                + "\nWITH " + v + " WHERE " + v + ":" + label.cypher() + " AND true";
    }
}

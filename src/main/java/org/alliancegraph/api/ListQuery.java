package org.alliancegraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.NodeLabel;
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
     * A territory criterion as an anchor, from a filter file's fragments ({@code territoryFrom},
     * {@code territoryIn}, {@code territoryEstimate}, {@code territoryFromTop}, and the walk-up
     * predicate {@code territory}): the nodes in the territory or one inside it, started from those
     * territories ({@code within}, from the territories table) rather than walked up from every node.
     * A territory with more than {@value #LISTED_TERRITORIES} inside (France) is walked down in the
     * database instead of sent as a list, and counted as the whole label.
     *
     * @param exact whether each node is in one territory only (organisations), so the estimate is the count
     */
    public static Anchor territory(CypherText.Fragments fragments, String territoryId, List<String> within, boolean exact) {
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
     * What a list lists: the label, and the variable its filter file (cypher/filters) writes the
     * criteria on, which the list statements (cypher/lists, written on {@code x}) take.
     */
    public enum Listed {
        ALLIANCES(NodeLabel.Alliance, "a"), ORGANISATIONS(NodeLabel.Organisation, "o");

        private final NodeLabel label;
        private final String variable;

        Listed(NodeLabel label, String variable) {
            this.label = label;
            this.variable = variable;
        }

        /** The column each row's node comes in. */
        public String variable() {
            return variable;
        }

        /**
         * A list statement of cypher/lists for this label, then its slots filled (the fragments in the
         * slots are already on {@link #variable}).
         */
        private String statement(String statement, Map<String, String> slots) {
            return CypherText.fill(written(statement), slots);
        }

        /** The statements as written for this label, each once: they are the same on every request. */
        private final Map<String, String> written = new ConcurrentHashMap<>();

        /** Cypher on node {@code x} of label {@code :Listed}, for this label. */
        private String written(String cypher) {
            return written.computeIfAbsent(cypher, c -> CypherText.rename(c.replace(":Listed", ":" + label.cypher()), "x", variable));
        }
    }

    private static final String ANCHORED = CypherText.read("lists/anchored.cypher");
    private static final String PAGE = CypherText.read("lists/page.cypher");
    private static final String SEARCH_PAGE = CypherText.read("lists/search-page.cypher");
    private static final String COUNT = CypherText.read("lists/count.cypher");

    /**
     * {@link #page} starting from the anchor's rows, or from the label in index order when the anchor
     * binds so large a share of it that the page fills long before the answer ends.
     * <p>
     * One statement in the usual case (cypher/lists/anchored.cypher): it estimates the anchor's size,
     * and when the anchor is the better start it reads the page, and the total when asked
     * ({@code counted}) in the same pass over the answer (sorted whole, then cut), instead of a second
     * statement that would walk the same rows again. When the label is the better start, the page is
     * a second statement (page.cypher), and the total a third one over the anchor's rows
     * (count.cypher), which costs the answer, or the estimate itself when it is exact and nothing
     * else filters.
     *
     * @param sortKey a Cypher expression on the listed node ({@link Listed#variable}) the page is ordered by, then by id
     */
    public static <T> Connection<T> page(Neo4jClient client, Listed listed, Anchor anchor, Conditions conditions,
            String sortKey, int first, Cursor after, boolean counted, Function<Record, T> mapper, Function<T, Cursor> cursorOf) {
        Map<String, Object> params = parameters(conditions, first, after);
        anchor.parameters().forEach((k, v) -> params.merge(k, v, (a, b) -> {
            if (!a.equals(b)) {
                throw new IllegalStateException("parameter $" + k + " given twice");
            }
            return a;
        }));
        boolean others = !conditions.isEmpty();
        boolean exact = anchor.exact() && !others;
        boolean indexed = sortKey.equals(listed.variable() + ".name") || sortKey.equals(listed.variable() + ".id");
        // The label is scanned in index order when estimate² > scanFactor × labelled (anchored.cypher):
        // a scan of page × labelled ÷ estimate nodes, each tested, against binding and sorting the
        // estimate's nodes; other predicates make the scan longer by a factor nobody knows in advance
        // (8: a phase and a date keep about an eighth of the alliances). A sort the index cannot give never scans.
        params.put("scanFactor", indexed ? 3.0 * (first + 1) * (others ? 8 : 1) : Double.MAX_VALUE);
        boolean whole = counted && !exact;
        // A total that is not the estimate walks the anchor's rows anyway: then the page comes from the
        // same pass, unless the answer is too large to sort whole (then the scan and a count cost two
        // walks, still less than sorting it).
        params.put("anchorUpTo", whole ? WHOLE_SORT_LIMIT : -1);
        params.put("whole", whole);
        String where = conditions.cypher();
        String cypher = listed.statement(ANCHORED, Map.of("estimate", anchor.estimate(), "from", anchor.cypher(),
                "where", where, "sortKey", sortKey, "pageLimit", whole ? "" : "LIMIT $limit"));
        List<Record> records = List.copyOf(client.query(cypher).bindAll(params).fetchAs(Record.class).mappedBy((t, r) -> r).all());
        Record head = records.getFirst();
        long estimate = head.get("estimate").asLong(0);
        // The count statement is written only when a total is read from it.
        Supplier<String> count = () -> listed.statement(COUNT, Map.of("from", anchor.cypher(), "where", where));
        if (head.get("anchored").asBoolean(true)) {
            List<T> rows = records.stream().filter(r -> !r.get(listed.variable()).isNull()).map(mapper).toList();
            int total = head.get("total").isNull() ? 0 : head.get("total").asInt();
            IntSupplier counter = exact ? () -> (int) estimate : whole ? () -> total : countOf(client, count, params);
            return Connection.of(rows, first, cursorOf, after != null, counter);
        }
        // The label is the better start: a second statement. (As a second branch of the first one, gated
        // on the estimate, the planner ran it even when the gate was shut, at many times the cost of
        // the anchored branch.)
        // A range predicate on the sort property lets the planner read its index in order and stop at the page's end.
        String start = sortKey + (after == null ? " IS NOT NULL" : " >= $afterKey");
        String page = listed.statement(PAGE, Map.of("start", start, "where", others ? anchor.predicate() + "\n  AND " + where
                : anchor.predicate(), "sortKey", sortKey));
        return page(client, page, params, mapper, first, after, cursorOf, exact ? () -> (int) estimate : countOf(client, count, params));
    }

    /**
     * A page from the label, or from a full-text search on names ({@code text}), with the filter's
     * criteria.
     *
     * @param sortKey a Cypher expression on the listed node ({@link Listed#variable}) the page is ordered by, then by id
     */
    public static <T> Connection<T> page(Neo4jClient client, Listed listed, Conditions conditions, String sortKey, String text,
            int first, Cursor after, Function<Record, T> mapper, Function<T, Cursor> cursorOf) {
        Map<String, Object> params = parameters(conditions, first, after);
        String where = conditions.cypher();
        String page;
        Supplier<String> count;
        if (text == null || text.isBlank()) {
            page = listed.statement(PAGE, Map.of("where", where, "sortKey", sortKey));
            count = () -> listed.statement(COUNT, Map.of("from", listed.written("MATCH (x:Listed)"), "where", where));
        } else {
            params.put("text", NameQuery.lucene(text));
            page = listed.statement(SEARCH_PAGE, Map.of("where", where, "sortKey", sortKey));
            count = () -> listed.statement(COUNT, Map.of("from", listed.written(SEARCH_FROM), "where", where));
        }
        return page(client, page, params, mapper, first, after, cursorOf, countOf(client, count, params));
    }

    /**
     * A page read in name order from an index that holds the list's first criterion (a place:
     * cypher/lists/*-in-place.cypher; an SDG target and a mode: alliances-contributing.cypher; each
     * with fragments {@code page}, {@code total} and {@code noTotal}), and its total when
     * {@code counted}, in one statement.
     *
     * @param slots      what both the page and the total take (the criteria in {@code where}, ...)
     * @param start      the cursor's range on the name, which lets the index seek start at the cursor
     * @param parameters the first criterion's and the other criteria's; the page's are added here
     */
    public static <T> Connection<T> fromIndex(Neo4jClient client, Listed listed, CypherText.Fragments statement,
            Map<String, String> slots, String start, Map<String, Object> parameters, int first, Cursor after, boolean counted,
            Function<Record, T> mapper, Function<T, Cursor> cursorOf) {
        Map<String, Object> params = parameters(new Conditions(), first, after);
        params.putAll(parameters);
        Map<String, String> page = new HashMap<>(slots);
        page.put("total", counted ? CypherText.fill(statement.get("total"), slots) : statement.get("noTotal"));
        page.put("start", after == null ? "true" : start);
        List<Record> records = List.copyOf(client.query(CypherText.fill(statement.get("page"), page)).bindAll(params)
                .fetchAs(Record.class).mappedBy((t, r) -> r).all());
        List<T> rows = records.stream().filter(r -> !r.get(listed.variable()).isNull()).map(mapper).toList();
        int found = records.isEmpty() ? 0 : records.getFirst().get("total").asInt();
        return Connection.of(rows, first, cursorOf, after != null, () -> found);
    }

    /** The full-text start of search-page.cypher, for the count. */
    private static final String SEARCH_FROM = "CALL db.index.fulltext.queryNodes('actor_name_search', $text, {limit: 100000}) YIELD node AS x\nWITH x WHERE x:Listed";

    private static Map<String, Object> parameters(Conditions conditions, int first, Cursor after) {
        Map<String, Object> params = new HashMap<>(conditions.parameters());
        params.put("limit", first + 1);
        params.put("afterKey", after == null ? null : after.sortValue());
        params.put("afterId", after == null ? null : after.id());
        return params;
    }

    private static <T> Connection<T> page(Neo4jClient client, String cypher, Map<String, Object> params, Function<Record, T> mapper,
            int first, Cursor after, Function<T, Cursor> cursorOf, IntSupplier count) {
        List<T> rows = List.copyOf(client.query(cypher).bindAll(params).fetchAs(Record.class).mappedBy((t, r) -> r).all())
                .stream().map(mapper).toList();
        return Connection.of(rows, first, cursorOf, after != null, count);
    }

    private static IntSupplier countOf(Neo4jClient client, Supplier<String> cypher, Map<String, Object> params) {
        return () -> client.query(cypher.get()).bindAll(params).fetchAs(Long.class).one().orElse(0L).intValue();
    }
}

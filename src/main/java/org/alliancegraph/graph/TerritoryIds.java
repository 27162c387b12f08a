package org.alliancegraph.graph;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The territory identifiers users may write: {@code FR}, {@code region:11}, {@code departement:75},
 * {@code collectivite:975}, {@code epci:200054781}, {@code commune:75056}; a bare INSEE commune code
 * ({@code 75056}, {@code 2A004}) or a bare 9-digit EPCI SIREN is accepted too.
 */
public final class TerritoryIds {

    private static final Pattern PREFIXED = Pattern.compile("(region|departement|collectivite|epci|commune):[0-9A-Za-z]{2,9}");
    private static final Pattern COMMUNE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Pattern EPCI = Pattern.compile("[0-9]{9}");

    public static final String FORMS = "FR, region:<code>, departement:<code>, collectivite:<code>, "
            + "epci:<siren>, commune:<insee code> or a bare 5-character INSEE commune code";

    private TerritoryIds() {
    }

    /**
     * The predicate that keeps a path {@code p = (x)-[:LOCATED_IN|ACTS_IN]->(:Territory)-[:PART_OF*0..4]->(t)}
     * inside the administrative tree: it may start at an EPCI but not pass through one, since an EPCI
     * can span départements and would otherwise put a commune in its neighbour's département.
     */
    public static String treePath(String p) {
        return "all(n IN nodes(" + p + ")[2..-1] WHERE n.level <> 'EPCI')";
    }

    /**
     * The same rule for a path {@code p} between two territories, either way: none of the territories
     * between its ends is an EPCI (an end may be one).
     */
    public static String alongTree(String p) {
        return "all(n IN nodes(" + p + ")[1..-1] WHERE n.level <> 'EPCI')";
    }



    /**
     * The predicate "node {@code x} is located in (acts in) the territory given by parameter
     * {@code param} or below it", through relationship type {@code located}. The upper end has no
     * label on purpose: with one, the planner started from that territory's index entry and walked
     * down to every territory under it, once per candidate node (over 30 s for the alliances of an
     * SDG goal filtered by a région of the L graph); unlabelled, it walks up from {@code x}, a few
     * territories.
     */
    public static String within(String x, String located, String param) {
        return "EXISTS { MATCH tp = (" + x + ")-[:" + located + "]->(:Territory)-[:PART_OF*0..4]->(top) WHERE top.id = $"
                + param + " AND " + treePath("tp") + " }";
    }

    /**
     * A statement head that binds {@code x}, every node {@code (x)-[:located]->} the territory given by
     * parameter {@code param} or one below it: the same set as {@link #within}, walked down once from
     * that territory instead of up from every candidate, so that a list of a département's
     * organisations costs the département, not the graph. {@code x} comes once even when it is in
     * several of those territories.
     */
    public static String below(String x, String label, String located, String param) {
        return "MATCH (top:Territory {id: $" + param + "})\nMATCH tp = (top)<-[:PART_OF*0..4]-(t:Territory)\nWHERE "
                + alongTree("tp") + "\nWITH DISTINCT t\nMATCH (" + x + ":" + label + ")-[:" + located + "]->(t)\nWITH DISTINCT " + x;
    }

    /** The canonical id, or empty when the text is not of a known form. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.equalsIgnoreCase("FR") || value.equalsIgnoreCase("france")) {
            return Optional.of("FR");
        }
        if (PREFIXED.matcher(value).matches()) {
            int colon = value.indexOf(':');
            return Optional.of(value.substring(0, colon) + ":" + value.substring(colon + 1).toUpperCase(Locale.ROOT));
        }
        if (COMMUNE.matcher(value.toUpperCase(Locale.ROOT)).matches()) {
            return Optional.of("commune:" + value.toUpperCase(Locale.ROOT));
        }
        if (EPCI.matcher(value).matches()) {
            return Optional.of("epci:" + value);
        }
        return Optional.empty();
    }
}

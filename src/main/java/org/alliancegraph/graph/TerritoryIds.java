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
     * The rule of the administrative tree for a path {@code p} between two territories, either way: none
     * of the territories between its ends is an EPCI (an end may be one), since an EPCI can span
     * départements and would otherwise put a commune in its neighbour's département. (The filters'
     * territory criteria, in cypher/filters, write the same rule.)
     */
    public static String alongTree(String p) {
        return "all(n IN nodes(" + p + ")[1..-1] WHERE n.level <> 'EPCI')";
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

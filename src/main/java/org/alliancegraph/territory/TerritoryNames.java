package org.alliancegraph.territory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.TerritoryIds;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A territory as a sheet names it: an id ({@code commune:53130}, {@code departement:53}), an INSEE
 * code ({@code 53130}, {@code 2A004}; a code that lost its leading zero in a spreadsheet too), a
 * département's code ({@code 53}, {@code 2A}, {@code 971}), a name
 * with its département ({@code Laval (53)}), or a name alone when only one territory bears it.
 */
@Component
public class TerritoryNames {

    private static final String NAMES = CypherText.read("territory/territory-names.cypher");
    private static final Pattern DEPARTEMENT_CODE = Pattern.compile("(\\d{2}|97\\d|2[ABab])");
    private static final Pattern INSEE = Pattern.compile("(\\d{4,5}|2[ABab]\\d{3})");
    private static final Pattern WITH_DEPARTEMENT = Pattern.compile("(.+?)\\s*\\(\\s*(\\d{2,3}|2[ABab])\\s*\\)");

    /** Why a name does not say one territory, or the territory's id. */
    public record Found(String id, String problem) {
    }

    private record Entry(String id, String name, String level) {
    }

    private final Neo4jClient client;
    private volatile Map<String, List<Entry>> byName;

    public TerritoryNames(Neo4jClient client) {
        this.client = client;
    }

    public Found find(String text) {
        String value = text.strip();
        Optional<String> id = TerritoryIds.normalise(value);
        if (id.isPresent()) {
            return new Found(id.get(), null);
        }
        if (DEPARTEMENT_CODE.matcher(value).matches()) {
            return new Found("departement:" + value.toUpperCase(Locale.ROOT), null);
        }
        if (INSEE.matcher(value).matches()) {
            String code = value.length() == 4 ? "0" + value : value.toUpperCase(Locale.ROOT);
            return new Found("commune:" + code, null);
        }
        Matcher withDepartement = WITH_DEPARTEMENT.matcher(value);
        String name = withDepartement.matches() ? withDepartement.group(1) : value;
        String departement = withDepartement.matches() ? withDepartement.group(2).toUpperCase(Locale.ROOT) : null;
        List<Entry> named = names().getOrDefault(plain(name), List.of());
        List<Entry> matching = new ArrayList<>();
        for (Entry e : named) {
            if (departement == null || e.level().equals("COMMUNE") && e.id().startsWith("commune:" + departement)
                    || e.id().equals("departement:" + departement)) {
                matching.add(e);
            }
        }
        if (matching.size() > 1 && departement == null) {
            // "Lozère" is the département, not a commune of that name: the larger territory wins when only one is.
            List<Entry> larger = matching.stream().filter(e -> !e.level().equals("COMMUNE") && !e.level().equals("EPCI")).toList();
            if (larger.size() == 1) {
                return new Found(larger.getFirst().id(), null);
            }
        }
        if (matching.size() == 1) {
            return new Found(matching.getFirst().id(), null);
        }
        if (matching.isEmpty()) {
            return new Found(null, "no territory is named '" + value + "'; write a commune's INSEE code (53130), "
                    + "'Laval (53)', or a territory id (departement:53)");
        }
        return new Found(null, matching.size() + " territories are named '" + name + "' ("
                + String.join(", ", matching.stream().limit(5).map(Entry::id).toList()) + (matching.size() > 5 ? ", ..." : "")
                + "); add the département, 'Saint-Denis (93)', or write the INSEE code");
    }

    /** Whether a word (lower case, no accents) is the whole name of a territory: Millau, Millay, Savoie. */
    public boolean isName(String word) {
        return names().containsKey(plain(word));
    }

    /** A name as compared: lower case, no accents, words joined by one underscore. */
    static String plain(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace('’', '\'');
        return folded.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    private Map<String, List<Entry>> names() {
        Map<String, List<Entry>> names = byName;
        if (names == null) {
            synchronized (this) {
                if (byName == null) {
                    Map<String, List<Entry>> read = new HashMap<>();
                    client.query(NAMES).fetch().all().forEach(row -> {
                        Entry e = new Entry((String) row.get("id"), (String) row.get("name"), String.valueOf(row.get("level")));
                        read.computeIfAbsent(plain(e.name()), k -> new ArrayList<>()).add(e);
                    });
                    byName = read;
                }
                names = byName;
            }
        }
        return names;
    }
}

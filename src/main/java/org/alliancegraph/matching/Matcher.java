package org.alliancegraph.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancegraph.graph.CypherText;
import org.alliancegraph.matching.Scorer.Asked;
import org.alliancegraph.matching.Scorer.Found;
import org.alliancegraph.matching.Scorer.Scored;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.territory.TerritoryNames;
import org.alliancegraph.territory.TerritoryPlaces;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Matches a batch of queries in one statement: gathers candidates by identifier and by the name index,
 * scores them ({@link Scorer}) and calls the first a match only when it is sure: an identifier, or a
 * score of at least {@link #MATCH_SCORE} with the next candidate at least {@link #MARGIN} behind.
 */
@Service
public class Matcher {

    static final double MATCH_SCORE = 90;
    static final double MARGIN = 8;
    /** How many the index gathers per query before scoring: alliances and programmes share the index. */
    private static final int POOL = 60;
    public static final int MAX_LIMIT = 25;
    private static final String CANDIDATES = CypherText.read("matching/candidates.cypher");
    private static final String NAMESAKES_IN_PLACE = CypherText.read("matching/namesakes-in-place.cypher");

    private record Keyed(int key, boolean saturated, Found found) {
    }

    private final Neo4jClient client;
    private final TerritoryNames territoryNames;
    private final TerritoryPlaces places;

    Matcher(Neo4jClient client, TerritoryNames territoryNames, TerritoryPlaces places) {
        this.client = client;
        this.territoryNames = territoryNames;
        this.places = places;
    }

    /** Why a place cannot be read as one territory, or null when it can. */
    public String placeProblem(String place) {
        return place == null || place.isBlank() ? null : territoryNames.find(place).problem();
    }

    /** The candidates of each query, best first, in the queries' order (a place that says no one territory is no evidence). */
    public List<List<Candidate>> match(List<MatchQuery> queries) {
        List<Asked> asked = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            MatchQuery q = queries.get(i);
            String placeId = q.place() == null ? null : territoryNames.find(q.place()).id();
            Asked a = Asked.of(q, placeId, placeId == null ? null : places.of(placeId));
            asked.add(a);
            Map<String, Object> row = new HashMap<>();
            row.put("key", i);
            row.put("siren", q.siren());
            row.put("rna", q.rna());
            row.put("text", a.words().isEmpty() ? null : NameForms.indexQuery(a.words(), a.initials()));
            row.put("pool", POOL);
            rows.add(row);
        }
        Map<Integer, List<Found>> found = new LinkedHashMap<>();
        Set<Integer> saturated = new HashSet<>();
        client.query(CANDIDATES).bind(rows).to("queries").fetchAs(Keyed.class)
                .mappedBy((t, r) -> new Keyed(r.get("key").asInt(), r.get("saturated").asBoolean(), new Found(Organisation.from(r.get("o")),
                        r.get("territory").asString(null), r.get("territoryName").asString(null))))
                .all().forEach(k -> {
                    found.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(k.found());
                    if (k.saturated()) {
                        saturated.add(k.key());
                    }
                });
        List<List<Candidate>> answers = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            answers.add(decide(asked.get(i), found.getOrDefault(i, List.of()), saturated.contains(i)));
        }
        withdrawNamesakesInPlace(answers, saturated);
        return answers;
    }

    /**
     * A match the place decided while the pool was full stands only if no other organisation of the
     * very same name lies in that place (two "Jardins partagés" registered in one commune).
     */
    private void withdrawNamesakesInPlace(List<List<Candidate>> answers, Set<Integer> saturated) {
        List<Map<String, Object>> checks = new ArrayList<>();
        for (int i : saturated) {
            List<Candidate> a = answers.get(i);
            if (!a.isEmpty() && a.getFirst().match() && a.getFirst().territory() != null
                    && a.getFirst().reasons().stream().noneMatch(r -> r.kind().equals("IDENTIFIER") && r.points() > 0)) {
                checks.add(Map.of("key", i, "id", a.getFirst().organisation().id(), "name", a.getFirst().organisation().name(),
                        "territory", a.getFirst().territory()));
            }
        }
        if (checks.isEmpty()) {
            return;
        }
        client.query(NAMESAKES_IN_PLACE).bind(checks).to("checks").fetch().all().forEach(row -> {
            if (((Number) row.get("others")).longValue() > 0) {
                int key = ((Number) row.get("key")).intValue();
                List<Candidate> a = answers.get(key);
                a.set(0, a.getFirst().matched(false));
            }
        });
    }

    private List<Candidate> decide(Asked asked, List<Found> found, boolean saturated) {
        String kind = asked.query().kind();
        List<Scored> scored = found.stream()
                .filter(f -> kind == null || f.organisation().kind() != null && kind.equals(f.organisation().kind().name()))
                .map(f -> Scorer.score(asked, f, places.of(f.territory()), territoryNames::isName))
                .filter(s -> s.raw() > 0)
                .sorted(Comparator.comparingDouble(Scored::raw).reversed().thenComparing(s -> s.candidate().organisation().id()))
                .toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < scored.size() && i < Math.max(1, Math.min(asked.query().limit(), MAX_LIMIT)); i++) {
            candidates.add(scored.get(i).candidate());
        }
        if (!scored.isEmpty() && sure(scored, saturated, asked.place() != null)) {
            candidates.set(0, candidates.getFirst().matched(true));
        }
        return candidates;
    }

    /**
     * Whether the first candidate is the organisation meant: an identifier (and no second one with it),
     * or a score of {@link #MATCH_SCORE} with the next {@link #MARGIN} behind. When the index gave all
     * the hits asked for, namesakes may be missing from the list, so the name alone is not enough:
     * the first must also be in the very place the query gives; and so when the list holds a namesake.
     */
    private static boolean sure(List<Scored> scored, boolean saturated, boolean placeAsked) {
        Scored first = scored.getFirst();
        double next = scored.size() > 1 ? scored.get(1).raw() : 0;
        boolean identified = first.candidate().reasons().stream()
                .anyMatch(r -> r.kind().equals("IDENTIFIER") && r.points() > 0);
        if (identified) {
            return next < 100;
        }
        boolean samePlace = first.candidate().reasons().stream().anyMatch(r -> r.kind().equals("PLACE") && r.points() >= Scorer.SAME_PLACE);
        // A namesake (a candidate whose name scores as well, wherever it is) leaves the place to decide:
        // one with no known place must not win over namesakes only because theirs is elsewhere.
        // A place given that the first's place cannot be compared with (none known, or a commune with no
        // département) confirms nothing: offered first, not taken as the match.
        boolean placeUnknown = placeAsked && first.candidate().reasons().stream().noneMatch(r -> r.kind().equals("PLACE"));
        if (placeUnknown) {
            return false;
        }
        double firstName = first.raw() - placePoints(first);
        boolean namesake = scored.stream().skip(1).anyMatch(s -> s.raw() - placePoints(s) >= firstName - MARGIN);
        return first.raw() >= MATCH_SCORE && first.raw() - next >= MARGIN && (!(saturated || namesake) || samePlace);
    }

    private static double placePoints(Scored s) {
        return s.candidate().reasons().stream().filter(r -> r.kind().equals("PLACE")).mapToDouble(Candidate.Reason::points).sum();
    }
}

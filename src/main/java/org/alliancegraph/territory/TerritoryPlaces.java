package org.alliancegraph.territory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.graph.TerritoryIds;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Every territory's name with the département and région it lies in, read once and kept: the
 * territories are reference data, loaded before the service answers. Exports look a place up per
 * node instead of walking the hierarchy in the database (that walk was most of an alliance row's
 * cost: 3.7 s for the 46,266 alliances of the L graph's largest région). An id not known yet (a
 * territory added since) makes the table read again.
 */
@Component
public class TerritoryPlaces {

    /** A territory as a reader places it; {@code departements} and {@code regions} may be empty (France, a région) or hold several. */
    public record Place(String name, List<String> departements, List<String> regions) {
    }

    private final Neo4jClient client;
    private volatile Map<String, Place> places = Map.of();
    /** Each territory's parts (the territories PART_OF it) and whether it is an EPCI, read with the places. */
    private volatile Map<String, List<String>> parts = Map.of();
    private volatile java.util.Set<String> epcis = java.util.Set.of();
    private volatile java.util.Set<String> ids = java.util.Set.of();
    private final Map<String, List<String>> within = new java.util.concurrent.ConcurrentHashMap<>();

    TerritoryPlaces(Neo4jClient client) {
        this.client = client;
    }

    /** The place of a territory, or null when there is none (no id, or an id no territory has). */
    public Place of(String territoryId) {
        if (territoryId == null) {
            return null;
        }
        Place place = places.get(territoryId);
        if (place == null) {
            synchronized (this) {
                if (!places.containsKey(territoryId)) {
                    places = read();
                }
            }
            place = places.get(territoryId);
        }
        return place;
    }

    /**
     * Every territory id, read on its own when still empty (the tree's statement took 2.8 s on a cold
     * start, the places' walk more) and again with the tree: the importer checks its rows'
     * territories here instead of reading the 36,000 ids per import.
     */
    public java.util.Set<String> ids() {
        if (ids.isEmpty()) {
            synchronized (this) {
                if (ids.isEmpty()) {
                    ids = java.util.Set.copyOf(client.query("MATCH (t:Territory) RETURN t.id AS id").fetchAs(String.class).all());
                }
            }
        }
        return ids;
    }

    /**
     * The ids of the territory and of every territory inside it, as {@link TerritoryIds#within} means
     * it (down the administrative tree, through no EPCI: an EPCI's communes count for the EPCI, not
     * for the département of its seat). Empty for an id no territory has. Lists start from these
     * territories instead of walking the hierarchy in the database per request.
     */
    public List<String> within(String territoryId) {
        if (of(territoryId) == null) {
            return List.of();
        }
        return within.computeIfAbsent(territoryId, top -> {
            java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
            java.util.ArrayDeque<String[]> stack = new java.util.ArrayDeque<>();
            stack.push(new String[] {top, "0"});
            found.add(top);
            while (!stack.isEmpty()) {
                String[] at = stack.pop();
                int depth = Integer.parseInt(at[1]);
                // The top may be an EPCI (its communes); below it, an EPCI ends the walk.
                if (depth == 4 || (depth > 0 && epcis.contains(at[0]))) {
                    continue;
                }
                for (String part : parts.getOrDefault(at[0], List.of())) {
                    if (found.add(part)) {
                        stack.push(new String[] {part, String.valueOf(depth + 1)});
                    }
                }
            }
            return List.copyOf(found);
        });
    }

    private Map<String, Place> read() {
        readTree();
        Map<String, Place> read = new HashMap<>();
        client.query("""
                MATCH (t:Territory)
                OPTIONAL MATCH path = (t)-[:PART_OF*0..3]->(up:Territory)
                WHERE up.level IN ['DEPARTEMENT', 'REGION'] AND %s
                WITH t, collect(DISTINCT CASE up.level WHEN 'DEPARTEMENT' THEN up.name END) AS departements,
                     collect(DISTINCT CASE up.level WHEN 'REGION' THEN up.name END) AS regions
                RETURN t.id AS id, t.name AS name, departements, regions""".formatted(TerritoryIds.alongTree("path")))
                .fetchAs(Map.Entry.class).mappedBy((ts, r) -> Map.entry(r.get("id").asString(), new Place(r.get("name").asString(),
                        r.get("departements").asList(v -> v.asString()), r.get("regions").asList(v -> v.asString()))))
                .all().forEach(e -> read.put((String) e.getKey(), (Place) e.getValue()));
        return Map.copyOf(read);
    }

    /** Each territory's parts, the EPCIs and every id. */
    private void readTree() {
        Map<String, List<String>> readParts = new HashMap<>();
        java.util.Set<String> readEpcis = new java.util.HashSet<>();
        java.util.Set<String> readIds = new java.util.HashSet<>();
        client.query("MATCH (t:Territory) OPTIONAL MATCH (t)-[:PART_OF]->(p:Territory) RETURN t.id AS id, t.level AS level, p.id AS parent")
                .fetch().all().forEach(r -> {
                    readIds.add((String) r.get("id"));
                    if ("EPCI".equals(r.get("level"))) {
                        readEpcis.add((String) r.get("id"));
                    }
                    if (r.get("parent") != null) {
                        readParts.computeIfAbsent((String) r.get("parent"), k -> new java.util.ArrayList<>()).add((String) r.get("id"));
                    }
                });
        parts = Map.copyOf(readParts);
        epcis = java.util.Set.copyOf(readEpcis);
        ids = java.util.Set.copyOf(readIds);
        within.clear();
    }
}

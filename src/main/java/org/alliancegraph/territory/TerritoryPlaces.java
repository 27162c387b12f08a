package org.alliancegraph.territory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.alliancegraph.graph.TerritoryIds;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Every territory's name with the département and région it lies in, read once and kept: the
 * territories are reference data, loaded before the service answers. Exports look a place up per
 * node instead of walking the hierarchy in the database (that walk was most of an alliance row's
 * cost). An id not known yet (a
 * territory added since) makes the table read again.
 */
@Component
public class TerritoryPlaces {

    /** A territory as a reader places it; {@code departements} and {@code regions} may be empty (France, a région) or hold several. */
    public record Place(String name, List<String> departements, List<String> regions) {
    }

    /**
     * The ids of the départements and régions some territories lie in, as {@link TerritoryIds#alongTree}
     * means it: what the writes store on an organisation (its place keys) and an alliance (its IN_PLACE
     * links). Each list in the tree's order, without repeats.
     */
    public record PlaceIds(List<String> departements, List<String> regions) {

        /** Départements then régions. */
        public List<String> all() {
            List<String> all = new ArrayList<>(departements);
            all.addAll(regions);
            return all;
        }
    }

    /**
     * The administrative tree, read in one statement and replaced whole, so a reader never sees one
     * map of a newer read beside another of an older one: each territory's parts (the territories
     * PART_OF it), its parents and its level.
     */
    private record Tree(Map<String, List<String>> parts, Map<String, List<String>> parents, Map<String, String> levels) {

        static final Tree EMPTY = new Tree(Map.of(), Map.of(), Map.of());

        boolean isEpci(String id) {
            return "EPCI".equals(levels.get(id));
        }
    }

    /** How far up or down the tree a territory may lie from another: the writes' and filters' bound. */
    private static final int TREE_DEPTH = 4;

    private final Neo4jClient client;
    private volatile Map<String, Place> places = Map.of();
    private volatile Tree tree = Tree.EMPTY;
    private volatile Set<String> ids = Set.of();
    private final Map<String, List<String>> within = new ConcurrentHashMap<>();

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
     * Every territory id, read on its own when still empty (the tree's statement is slow on a cold
     * start) and again with the tree: the importer checks its rows'
     * territories here instead of reading the 36,000 ids per import.
     */
    public Set<String> ids() {
        if (ids.isEmpty()) {
            synchronized (this) {
                if (ids.isEmpty()) {
                    ids = Set.copyOf(client.query("MATCH (t:Territory) RETURN t.id AS id").fetchAs(String.class).all());
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
        Tree at = tree;
        return within.computeIfAbsent(territoryId, top -> {
            LinkedHashSet<String> found = new LinkedHashSet<>();
            ArrayDeque<String[]> stack = new ArrayDeque<>();
            stack.push(new String[] {top, "0"});
            found.add(top);
            while (!stack.isEmpty()) {
                String[] node = stack.pop();
                int depth = Integer.parseInt(node[1]);
                // The top may be an EPCI (its communes); below it, an EPCI ends the walk.
                if (depth == TREE_DEPTH || (depth > 0 && at.isEpci(node[0]))) {
                    continue;
                }
                for (String part : at.parts().getOrDefault(node[0], List.of())) {
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

    /**
     * The départements and régions the territories lie in (a territory that is one counts itself), up
     * the administrative tree through no EPCI, as the territory criterion of cypher/filters and the
     * Cypher walks of writing.GraphWrites mean it. The importer and the mutations pass these with
     * their rows instead of walking the tree in the database for every row written (that walk was
     * a large share of an organisation's write). Ids no territory has are skipped; an id not known
     * yet makes the tree read again.
     */
    public PlaceIds placeIds(Collection<String> territoryIds) {
        Tree at = treeKnowing(territoryIds);
        LinkedHashSet<String> departements = new LinkedHashSet<>();
        LinkedHashSet<String> regions = new LinkedHashSet<>();
        for (String start : territoryIds) {
            if (!at.levels().containsKey(start)) {
                continue;
            }
            ArrayDeque<Map.Entry<String, Integer>> stack = new ArrayDeque<>();
            stack.push(Map.entry(start, 0));
            while (!stack.isEmpty()) {
                Map.Entry<String, Integer> node = stack.pop();
                String level = at.levels().get(node.getKey());
                if ("DEPARTEMENT".equals(level)) {
                    departements.add(node.getKey());
                } else if ("REGION".equals(level)) {
                    regions.add(node.getKey());
                }
                // The start may be an EPCI (its département); above it, an EPCI ends the path.
                if (node.getValue() == TREE_DEPTH || (node.getValue() > 0 && at.isEpci(node.getKey()))) {
                    continue;
                }
                for (String parent : at.parents().getOrDefault(node.getKey(), List.of())) {
                    stack.push(Map.entry(parent, node.getValue() + 1));
                }
            }
        }
        return new PlaceIds(List.copyOf(departements), List.copyOf(regions));
    }

    /** {@link #placeIds(Collection)} of one territory, or of none ({@code null}: an organisation not located). */
    public PlaceIds placeIds(String territoryId) {
        return placeIds(territoryId == null ? List.of() : List.of(territoryId));
    }

    /** The tree, read (again) when it does not hold every one of {@code territoryIds} that the database holds. */
    private Tree treeKnowing(Collection<String> territoryIds) {
        Tree at = tree;
        if (at.levels().isEmpty() || !at.levels().keySet().containsAll(territoryIds)) {
            synchronized (this) {
                if (tree == at) {
                    readTree();
                }
                at = tree;
            }
        }
        return at;
    }

    /** Each territory's parts, parents and level, and every id. */
    private void readTree() {
        Map<String, List<String>> readParts = new HashMap<>();
        Map<String, List<String>> readParents = new HashMap<>();
        Map<String, String> readLevels = new HashMap<>();
        client.query("MATCH (t:Territory) OPTIONAL MATCH (t)-[:PART_OF]->(p:Territory) RETURN t.id AS id, t.level AS level, p.id AS parent")
                .fetch().all().forEach(r -> {
                    String id = (String) r.get("id");
                    readLevels.put(id, (String) r.get("level"));
                    if (r.get("parent") != null) {
                        readParts.computeIfAbsent((String) r.get("parent"), k -> new ArrayList<>()).add(id);
                        readParents.computeIfAbsent(id, k -> new ArrayList<>()).add((String) r.get("parent"));
                    }
                });
        tree = new Tree(Map.copyOf(readParts), Map.copyOf(readParents), Map.copyOf(readLevels));
        ids = Set.copyOf(readLevels.keySet());
        within.clear();
    }
}

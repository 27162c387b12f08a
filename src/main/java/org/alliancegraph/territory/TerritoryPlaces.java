package org.alliancegraph.territory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private Map<String, Place> read() {
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
}

package org.alliancegraph.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The places the writes take from the territories table ({@link TerritoryPlaces#placeIds}) are the
 * ones the database's walk finds, for every territory of the shipped COG: the importer and the
 * mutations store them instead of walking the tree per row, and the lists read them back.
 */
@AllianceGraphTest
class TerritoryPlacesTest {

    @Autowired
    TerritoryPlaces places;
    @Autowired
    Neo4jClient client;

    /** The walk of writing.GraphWrites.PLACE_KEYS and ALLIANCE_PLACES, for every territory at once. */
    private Map<String, List<Set<String>>> walked() {
        Map<String, List<Set<String>>> walked = new HashMap<>();
        client.query("""
                MATCH (t:Territory)
                OPTIONAL MATCH p = (t)-[:PART_OF*0..4]->(d:Territory)
                WHERE d.level IN ['DEPARTEMENT', 'REGION'] AND all(n IN nodes(p)[1..-1] WHERE n.level <> 'EPCI')
                RETURN t.id AS id, collect(DISTINCT CASE WHEN d.level = 'DEPARTEMENT' THEN d.id END) AS ds,
                       collect(DISTINCT CASE WHEN d.level = 'REGION' THEN d.id END) AS rs""")
                .fetch().all().forEach(r -> walked.put((String) r.get("id"), List.of(
                        new HashSet<>(strings(r.get("ds"))), new HashSet<>(strings(r.get("rs"))))));
        return walked;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    @Test
    void every_territory_lies_where_the_database_walk_puts_it() {
        Map<String, List<Set<String>>> walked = walked();
        assertThat(walked).hasSizeGreaterThan(35_000);
        Map<String, String> mismatched = new TreeMap<>();
        walked.forEach((id, expected) -> {
            TerritoryPlaces.PlaceIds at = places.placeIds(List.of(id));
            List<Set<String>> computed = List.of(new HashSet<>(at.departements()), new HashSet<>(at.regions()));
            if (!computed.equals(expected) || at.departements().size() != expected.get(0).size()
                    || at.regions().size() != expected.get(1).size()) {
                mismatched.put(id, computed + " != " + expected);
            }
        });
        assertThat(mismatched).isEmpty();
    }

    @Test
    void an_epci_across_two_departements_and_a_set_of_territories() {
        // The CC du Ried de Marckolsheim spans the Bas-Rhin and the Haut-Rhin.
        assertThat(places.placeIds(List.of("epci:200030526")).departements())
                .containsExactlyInAnyOrder("departement:67", "departement:68");
        // A commune of that EPCI counts for its own département only, not through the EPCI.
        TerritoryPlaces.PlaceIds commune = places.placeIds(List.of("commune:67281"));
        assertThat(commune.departements()).containsExactly("departement:67");
        assertThat(commune.regions()).containsExactly("region:44");
        // An alliance's territories: each place once.
        assertThat(places.placeIds(List.of("commune:68066", "departement:67", "commune:67482")).all())
                .containsExactlyInAnyOrder("departement:68", "departement:67", "region:44");
        assertThat(places.placeIds(List.of("FR")).all()).isEmpty();
        assertThat(places.placeIds(List.of("commune:00000")).all()).isEmpty();
        assertThat(places.placeIds(List.of()).all()).isEmpty();
    }
}

package org.alliancegraph.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.alliancegraph.AllianceGraphTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Territory lists against the shipped COG file: a commune is listed under its own département
 * only (not under the département of an EPCI that spans two), for every département; and the
 * counts per level are the file's.
 */
@AllianceGraphTest
class TerritoryListsTest {

    @Autowired
    GraphQlTester graphQl;

    static List<CSVRecord> cog() throws Exception {
        try (var reader = new InputStreamReader(new ClassPathResource("reference/territories/territories.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    @Test
    void every_departement_lists_exactly_its_own_communes() throws Exception {
        Map<String, Set<String>> expected = new HashMap<>();
        for (CSVRecord r : cog()) {
            if (r.get("level").equals("COMMUNE")) {
                for (String parent : r.get("parents").split(";")) {
                    if (parent.startsWith("departement:")) {
                        expected.computeIfAbsent(parent, k -> new HashSet<>()).add(r.get("id"));
                    }
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(95);
        Map<String, Set<String>> mismatched = new HashMap<>();
        for (var e : new java.util.TreeMap<>(expected).entrySet()) {
            List<String> listed = graphQl.document("query($p: ID) { territories(level: COMMUNE, parent: $p) { id } }")
                    .variable("p", e.getKey()).execute().path("territories[*].id").entityList(String.class).get();
            if (!new HashSet<>(listed).equals(e.getValue()) || listed.size() != e.getValue().size()) {
                Set<String> extra = new TreeSet<>(listed);
                extra.removeAll(e.getValue());
                mismatched.put(e.getKey(), extra);
            }
        }
        assertThat(mismatched).as("départements listing communes that are not theirs (or missing some)").isEmpty();
    }

    @Test
    void counts_per_level_are_the_reference_files() throws Exception {
        Map<String, Integer> expected = new HashMap<>();
        cog().forEach(r -> expected.merge(r.get("level"), 1, Integer::sum));
        List<Map> counts = graphQl.document("{ graphStats { territoriesByLevel { level count } } }").execute()
                .path("graphStats.territoriesByLevel").entityList(Map.class).get();
        Map<String, Integer> seen = new HashMap<>();
        counts.forEach(c -> seen.put((String) c.get("level"), ((Number) c.get("count")).intValue()));
        // Test fixtures may add territories of their own: never fewer than the file's.
        expected.forEach((level, n) -> assertThat(seen.get(level)).as(level).isGreaterThanOrEqualTo(n));
        assertThat(seen.get("COMMUNE")).isGreaterThan(34_000);
    }
}

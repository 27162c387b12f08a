package org.alliancegraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator alone (no database): deterministic, and shaped as documented. */
class SyntheticGraphTest {

    @TempDir
    Path dir;

    @Test
    void same_size_and_seed_give_the_same_files_another_seed_does_not() throws IOException {
        new SyntheticGraph(SyntheticGraph.Size.XS, 7).write(dir.resolve("a"));
        new SyntheticGraph(SyntheticGraph.Size.XS, 7).write(dir.resolve("b"));
        new SyntheticGraph(SyntheticGraph.Size.XS, 8).write(dir.resolve("c"));
        for (String file : List.of("sources.csv", "organisations.csv", "alliances.csv", "memberships.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file))).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
        assertThat(Files.readAllBytes(dir.resolve("a/memberships.csv"))).isNotEqualTo(Files.readAllBytes(dir.resolve("c/memberships.csv")));
    }

    @Test
    void alliances_have_two_to_fifteen_partners_with_a_heavy_tail_and_hubs() throws IOException {
        SyntheticGraph.Counts counts = new SyntheticGraph(SyntheticGraph.Size.S, 42).write(dir);
        assertThat(counts.organisations()).isEqualTo(1_000);
        assertThat(counts.alliances()).isEqualTo(3_000);
        List<String> memberships = Files.readAllLines(dir.resolve("memberships.csv")).subList(1, counts.memberships() + 1);
        Map<String, Integer> size = new TreeMap<>();
        Map<String, Integer> degree = new TreeMap<>();
        for (String line : memberships) {
            String[] cells = line.split(",");
            size.merge(cells[0], 1, Integer::sum);
            degree.merge(cells[1], 1, Integer::sum);
        }
        assertThat(size).hasSize(3_000);
        assertThat(size.values()).allSatisfy(k -> assertThat(k).isBetween(2, 18)); // up to 15 + 3 hubs
        long pairs = size.values().stream().filter(k -> k == 2).count();
        long large = size.values().stream().filter(k -> k >= 8).count();
        assertThat(pairs).isGreaterThan(1_200);   // most alliances are small...
        assertThat(large).isBetween(10L, 300L);  // ...a few are large
        // The three hubs join about 1% of alliances each.
        assertThat(degree.get(SyntheticGraph.orgId(0))).isBetween(15, 50);
        List<String> alliances = Files.readAllLines(dir.resolve("alliances.csv"));
        long odd17 = alliances.stream().filter(l -> l.contains(",17.17")).count();
        assertThat(odd17).isBetween(1_300L, 1_700L);
    }
}

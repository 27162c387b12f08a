package org.alliancegraph.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Betweenness: exact values on a small graph, and a bounded, seeded sample past the work budget. */
class CentralityTest {

    /** Two stars of {@code leaves} leaves each, their centres joined through one bridge node. */
    static int[][] twoStars(int leaves) {
        List<List<Integer>> edges = new ArrayList<>();
        int left = 0;
        int right = 1;
        int bridge = 2;
        for (int i = 0; i < 3; i++) {
            edges.add(new ArrayList<>());
        }
        link(edges, left, bridge);
        link(edges, right, bridge);
        for (int centre : new int[] {left, right}) {
            for (int i = 0; i < leaves; i++) {
                edges.add(new ArrayList<>());
                link(edges, centre, edges.size() - 1);
            }
        }
        return edges.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    static void link(List<List<Integer>> edges, int a, int b) {
        edges.get(a).add(b);
        edges.get(b).add(a);
    }

    @Test
    void a_small_graph_is_exact() {
        // A path a - b - c: b lies on the one shortest path between a and c.
        Centrality.Result path = Centrality.betweenness(new int[][] {{1}, {0, 2}, {1}});
        assertThat(path.exact()).isTrue();
        assertThat(path.sources()).isEqualTo(3);
        assertThat(path.betweenness()).containsExactly(0, 1, 0);
        // Two stars of 3 leaves: the bridge carries every path between the 4 + 4 nodes of each side.
        Centrality.Result stars = Centrality.betweenness(twoStars(3));
        assertThat(stars.exact()).isTrue();
        assertThat(stars.betweenness()[2]).isEqualTo(16.0);
        // Each centre: its 3 leaves to everything else but themselves (3 * 5) plus pairs of its leaves (3).
        assertThat(stars.betweenness()[0]).isEqualTo(18.0);
    }

    @Test
    void the_work_of_a_search_is_its_components_size() {
        // Components {0, 1} and {2}: nodes plus twice the adjacency entries of each.
        assertThat(Centrality.searchWork(new int[][] {{1}, {0}, {}})).containsExactly(6, 6, 1);
    }

    @Test
    void past_the_budget_a_seeded_sample_estimates_the_same_brokers() {
        int[][] graph = twoStars(2_000);
        long exactWork = java.util.Arrays.stream(Centrality.searchWork(graph)).sum();
        Centrality.Result exact = Centrality.betweenness(graph, exactWork);
        Centrality.Result sampled = Centrality.betweenness(graph, exactWork / 20);
        assertThat(exact.exact()).isTrue();
        assertThat(sampled.exact()).isFalse();
        assertThat(sampled.sources()).isBetween(Centrality.MIN_SOURCES, graph.length / 10);
        // The two centres and the bridge stay the top three, and the estimates stay close.
        for (int node = 0; node < 3; node++) {
            assertThat(sampled.betweenness()[node]).isCloseTo(exact.betweenness()[node], within(exact.betweenness()[node] * 0.15));
        }
        assertThat(sampled.betweenness()[3]).isLessThan(sampled.betweenness()[2]);
        // Seeded: the same graph gives the same answer.
        assertThat(Centrality.betweenness(graph, exactWork / 20).betweenness()).containsExactly(sampled.betweenness());
    }
}

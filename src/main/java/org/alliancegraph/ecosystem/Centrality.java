package org.alliancegraph.ecosystem;

import java.util.Arrays;
import java.util.Random;

/**
 * Betweenness centrality on an unweighted, undirected graph (Brandes 2001): how many shortest paths
 * between other pairs of nodes run through each node. Exact from every source when the graph is small;
 * from a seeded sample of sources, scaled up, when it is large (Brandes &amp; Pich 2007), so the cost
 * stays bounded.
 */
final class Centrality {

    /** Betweenness per node and how it was computed. */
    record Result(double[] betweenness, boolean exact, int sources) {
    }

    static final int EXACT_UP_TO_NODES = 4_000;
    static final int SAMPLE_SOURCES = 400;

    private Centrality() {
    }

    /** @param adjacency neighbours of each node (each edge listed at both ends) */
    static Result betweenness(int[][] adjacency) {
        int n = adjacency.length;
        int[] sources;
        boolean exact = n <= EXACT_UP_TO_NODES;
        if (exact) {
            sources = new int[n];
            Arrays.setAll(sources, i -> i);
        } else {
            // Seeded: the same graph gives the same answer on every request.
            sources = new Random(17).ints(0, n).distinct().limit(SAMPLE_SOURCES).toArray();
        }
        double[] bc = new double[n];
        int[] distance = new int[n];
        long[] paths = new long[n];
        double[] dependency = new double[n];
        // The breadth-first order doubles as the queue: no boxing, no allocation per source.
        int[] order = new int[n];
        Arrays.fill(distance, -1);
        for (int s : sources) {
            distance[s] = 0;
            paths[s] = 1;
            int visited = 0;
            order[visited++] = s;
            for (int head = 0; head < visited; head++) {
                int v = order[head];
                for (int w : adjacency[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[visited++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            for (int i = visited - 1; i > 0; i--) {
                int w = order[i];
                for (int v : adjacency[w]) {
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += (double) paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                bc[w] += dependency[w];
            }
            // Reset what this source touched only: an ecosystem is mostly small components, and
            // clearing whole arrays per source cost more than the searches.
            for (int i = 0; i < visited; i++) {
                int v = order[i];
                distance[v] = -1;
                paths[v] = 0;
                dependency[v] = 0;
            }
        }
        // Undirected: every pair was counted from both ends; a sample is scaled to all sources.
        double scale = 0.5 * n / sources.length;
        for (int i = 0; i < n; i++) {
            bc[i] *= scale;
        }
        return new Result(bc, exact, sources.length);
    }
}

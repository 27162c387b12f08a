package org.alliancegraph.ecosystem;

import java.util.Arrays;
import java.util.Random;

/**
 * Betweenness centrality on an unweighted, undirected graph (Brandes 2001): how many shortest paths
 * between other pairs of nodes run through each node. Exact from every source when that fits a work
 * budget; otherwise from a seeded sample of sources, scaled up (Brandes &amp; Pich 2007), as many as
 * the budget allows, so the cost stays bounded whatever the scope.
 */
final class Centrality {

    /** Betweenness per node and how it was computed. */
    record Result(double[] betweenness, boolean exact, int sources) {
    }

    /**
     * Adjacency entries visited, over all searches: about 0.1-0.2 s on the 2-core machine of
     * BENCHMARKS.md. Measured there before this budget: 400 sampled sources cost 1.2 s for the
     * largest département of the L graph (13,435 nodes) and far more for a région.
     */
    static final long WORK_BUDGET = 12_000_000L;
    /** A sample never goes below this many sources. */
    static final int MIN_SOURCES = 32;

    private Centrality() {
    }

    /** @param adjacency neighbours of each node (each edge listed at both ends) */
    static Result betweenness(int[][] adjacency) {
        return betweenness(adjacency, WORK_BUDGET);
    }

    static Result betweenness(int[][] adjacency, long budget) {
        int n = adjacency.length;
        // A search from a node costs about its component's size: two passes over its adjacency.
        long[] work = searchWork(adjacency);
        long exactWork = Arrays.stream(work).sum();
        int[] sources;
        boolean exact = exactWork <= budget || n <= MIN_SOURCES;
        if (exact) {
            sources = new int[n];
            Arrays.setAll(sources, i -> i);
        } else {
            double average = (double) exactWork / n;
            int wanted = (int) Math.max(MIN_SOURCES, Math.min(n - 1, budget / average));
            // Seeded: the same graph gives the same answer on every request.
            sources = new Random(17).ints(0, n).distinct().limit(wanted).toArray();
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

    /** For each node, the work of one search from it: nodes plus twice the adjacency entries of its component. */
    static long[] searchWork(int[][] adjacency) {
        int n = adjacency.length;
        long[] work = new long[n];
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        for (int start = 0; start < n; start++) {
            if (component[start] >= 0) {
                continue;
            }
            int size = 0;
            long entries = 0;
            component[start] = start;
            queue[size++] = start;
            for (int head = 0; head < size; head++) {
                int v = queue[head];
                entries += adjacency[v].length;
                for (int w : adjacency[v]) {
                    if (component[w] < 0) {
                        component[w] = start;
                        queue[size++] = w;
                    }
                }
            }
            long cost = size + 2 * entries;
            for (int i = 0; i < size; i++) {
                work[queue[i]] = cost;
            }
        }
        return work;
    }
}

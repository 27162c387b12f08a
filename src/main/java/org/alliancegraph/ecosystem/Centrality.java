package org.alliancegraph.ecosystem;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Betweenness centrality on an unweighted, undirected graph (Brandes 2001): how many shortest paths
 * between other pairs of nodes run through each node. Exact from every source when that fits a work
 * budget; otherwise from a seeded sample of sources, scaled up (Brandes &amp; Pich 2007), as many as
 * the budget allows, so the cost stays bounded whatever the scope.
 * <p>
 * The graph is in compressed rows ({@link Graph}): one array walked in order, where an array per
 * node cost a cache miss per neighbour list. The sources are split into fixed slices searched in
 * parallel and summed in slice order, so the answer does not depend on the threads.
 */
final class Centrality {

    /** Betweenness per node and how it was computed. */
    record Result(double[] betweenness, boolean exact, int sources) {
    }

    /**
     * Adjacency entries visited, over all searches: without a budget, the sampled sources' searches
     * grow with the subgraph and a région's took seconds (BENCHMARKS.md).
     */
    static final long WORK_BUDGET = 12_000_000L;
    /** A sample never goes below this many sources. */
    static final int MIN_SOURCES = 32;
    /** Slices of the sources: fixed, so the sums are added in the same order on any machine. */
    static final int SLICES = 8;

    private Centrality() {
    }

    /** @param adjacency neighbours of each node (each edge listed at both ends) */
    static Result betweenness(int[][] adjacency) {
        return betweenness(adjacency, WORK_BUDGET);
    }

    static Result betweenness(int[][] adjacency, long budget) {
        return betweenness(Graph.of(adjacency), budget);
    }

    /** Compressed rows: the neighbours of node v are targets[offsets[v] .. offsets[v + 1]). */
    record Graph(int[] offsets, int[] targets) {

        static Graph of(int[][] adjacency) {
            int n = adjacency.length;
            int[] offsets = new int[n + 1];
            for (int v = 0; v < n; v++) {
                offsets[v + 1] = offsets[v] + adjacency[v].length;
            }
            int[] targets = new int[offsets[n]];
            for (int v = 0; v < n; v++) {
                System.arraycopy(adjacency[v], 0, targets, offsets[v], adjacency[v].length);
            }
            return new Graph(offsets, targets);
        }

        /**
         * Stars: node {@code centres[i]} linked both ways to each node of {@code leaves[i]} (an
         * alliance and its distinct members), for {@code n} nodes in all.
         */
        static Graph ofStars(int n, int[] centres, int[][] leaves) {
            int[] offsets = new int[n + 1];
            for (int i = 0; i < centres.length; i++) {
                offsets[centres[i] + 1] += leaves[i].length;
                for (int leaf : leaves[i]) {
                    offsets[leaf + 1]++;
                }
            }
            for (int v = 0; v < n; v++) {
                offsets[v + 1] += offsets[v];
            }
            int[] targets = new int[offsets[n]];
            int[] fill = Arrays.copyOf(offsets, n);
            for (int i = 0; i < centres.length; i++) {
                for (int leaf : leaves[i]) {
                    targets[fill[centres[i]]++] = leaf;
                    targets[fill[leaf]++] = centres[i];
                }
            }
            return new Graph(offsets, targets);
        }
    }

    static Result betweenness(Graph g, long budget) {
        int[] offsets = g.offsets();
        int[] targets = g.targets();
        int n = offsets.length - 1;
        // A search from a node costs about its component's size: two passes over its adjacency.
        long[] work = searchWork(offsets, targets);
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
        int slices = Math.min(SLICES, Math.max(1, sources.length / 4));
        // The common pool plus the calling thread: both cores on this machine, while the database,
        // which has already answered, waits for the next request.
        double[][] partial = IntStream.range(0, slices).parallel()
                .mapToObj(slice -> search(offsets, targets, sources, slice, slices)).toArray(double[][]::new);
        double[] bc = new double[n];
        for (double[] p : partial) {
            for (int i = 0; i < n; i++) {
                bc[i] += p[i];
            }
        }
        // Undirected: every pair was counted from both ends; a sample is scaled to all sources.
        double scale = 0.5 * n / sources.length;
        for (int i = 0; i < n; i++) {
            bc[i] *= scale;
        }
        return new Result(bc, exact, sources.length);
    }

    /** The dependencies accumulated from the sources of one slice (every {@code slices}-th source). */
    private static double[] search(int[] offsets, int[] targets, int[] sources, int slice, int slices) {
        int n = offsets.length - 1;
        double[] bc = new double[n];
        int[] distance = new int[n];
        long[] paths = new long[n];
        double[] dependency = new double[n];
        // The breadth-first order doubles as the queue: no boxing, no allocation per source.
        int[] order = new int[n];
        Arrays.fill(distance, -1);
        for (int k = slice; k < sources.length; k += slices) {
            int s = sources[k];
            distance[s] = 0;
            paths[s] = 1;
            int visited = 0;
            order[visited++] = s;
            for (int head = 0; head < visited; head++) {
                int v = order[head];
                int next = distance[v] + 1;
                long through = paths[v];
                for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                    int w = targets[e];
                    if (distance[w] < 0) {
                        distance[w] = next;
                        order[visited++] = w;
                    }
                    if (distance[w] == next) {
                        paths[w] += through;
                    }
                }
            }
            for (int i = visited - 1; i > 0; i--) {
                int w = order[i];
                int previous = distance[w] - 1;
                double share = (1 + dependency[w]) / paths[w];
                for (int e = offsets[w], end = offsets[w + 1]; e < end; e++) {
                    int v = targets[e];
                    if (distance[v] == previous) {
                        dependency[v] += paths[v] * share;
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
        return bc;
    }

    /** For each node, the work of one search from it: nodes plus twice the adjacency entries of its component. */
    static long[] searchWork(int[][] adjacency) {
        Graph g = Graph.of(adjacency);
        return searchWork(g.offsets(), g.targets());
    }

    static long[] searchWork(int[] offsets, int[] targets) {
        int n = offsets.length - 1;
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
                entries += offsets[v + 1] - offsets[v];
                for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                    int w = targets[e];
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

package org.alliancegraph.export;

/** Which graph an export draws. */
public enum ExportShape {
    /** Organisations and alliances as nodes, memberships (with their role) as edges. */
    BIPARTITE,
    /**
     * Organisations only, one edge between two organisations that share alliances, weighted by how
     * many, with those alliances' ids and modes: what most network analyses start from.
     */
    PROJECTION
}

/**
 * Ecosystem mapping: everything around a territory, a programme, an SDG target or goal, or an
 * organisation: its actors and alliances, coverage, gaps, cross-sector mix, key actors (degree and
 * betweenness) and a drawable subgraph.
 */
package org.alliancegraph.ecosystem;

/**
 * Exports of the graph for visualisation and analysis tools: any ecosystem scope or partners query,
 * as the bipartite organisation–alliance graph or its co-partnership projection, in GEXF 1.3
 * (Gephi, with time intervals), GraphML, Cytoscape.js JSON, graphology JSON (sigma.js) and CSV.
 * Served over HTTP ({@code /export/{format}}), streamed from the database under a size cap, and
 * linked from GraphQL ({@code Ecosystem.exports}, {@code PartnerConnection.exports}). Uses the
 * ecosystem package's scope rules; owns no GraphQL type but the export links.
 */
package org.alliancegraph.export;

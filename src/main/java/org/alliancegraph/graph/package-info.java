/**
 * The graph's vocabulary (node labels and relationship types, as enums), what every read shares
 * (batched statements, filter conditions, row mapping, list pages), and the hub cache: hub
 * organisations' answers kept until the graph changes.
 */
package org.alliancegraph.graph;

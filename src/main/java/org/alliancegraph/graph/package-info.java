/**
 * The shared kernel: the graph's vocabulary (node labels and relationship types, as enums, and coded
 * terms), the territory ids and the Cypher of the territory tree, what every read shares (the
 * {@code @Reads} client's qualifier, batched statements, filter conditions, row mapping, string
 * rules), the Cypher files of {@code cypher/} and their slots ({@code CypherText}), and the hub
 * cache: hub organisations' answers kept until the graph changes. Uses no other module and holds no
 * GraphQL type.
 */
package org.alliancegraph.graph;

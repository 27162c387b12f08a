/** The graph's vocabulary: the node labels and relationship types, as enums. */
package org.alliancegraph.graph;

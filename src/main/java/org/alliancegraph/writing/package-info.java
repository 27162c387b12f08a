/**
 * The write statements of the graph (MERGE on natural keys, under the uniqueness constraints), used
 * by both the importer and the GraphQL mutations, so that a row and a mutation write the same way.
 * Uses only {@code graph}.
 */
package org.alliancegraph.writing;

/**
 * Writing the graph, for both the importer and the GraphQL mutations, so that a CSV row and a
 * mutation are checked and written the same way: the rows of each kind ({@code WriteRows}, with the
 * rules on their own values: dates in order, SIREN, RNA, URLs, an SDG target's basis;
 * {@code Identifiers}) and the write statements ({@code GraphWrites}: MERGE on natural keys, under
 * the uniqueness constraints). References to other nodes are each path's to check. Uses
 * {@code graph} and {@code vocabulary}.
 */
package org.alliancegraph.writing;

/**
 * What the GraphQL layer shares: keyset connections and the list query behind them ({@code ListQuery},
 * which runs the statements of {@code cypher/lists}; {@code Connection}, {@code Cursor}), input errors and their translation into GraphQL errors, the
 * name-search text rules, request limits and scalars. Uses only {@code graph}.
 */
package org.alliancegraph.api;

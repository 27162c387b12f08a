/**
 * The French administrative hierarchy (COG): the territories table kept in memory, the GraphQL fields
 * of territories. Uses {@code graph} and {@code api}.
 */
package org.alliancegraph.territory;

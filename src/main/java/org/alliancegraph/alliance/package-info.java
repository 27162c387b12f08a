/**
 * Alliances: their modes, roles, phases and statuses, the memberships that tie organisations to
 * them, and the GraphQL fields of alliances and memberships.
 */
package org.alliancegraph.alliance;

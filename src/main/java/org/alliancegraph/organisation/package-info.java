/**
 * Organisations (associations, companies, public bodies, foundations, ...): their legal identifiers,
 * the read queries about them and their GraphQL fields (partners, memberships), and the memberships
 * that tie them to alliances, seen from either side (an alliance's partners, a programme's operators
 * are answered here). Uses {@code alliance} and the modules below it.
 */
package org.alliancegraph.organisation;

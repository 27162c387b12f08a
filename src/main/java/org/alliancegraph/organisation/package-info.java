/**
 * Organisations (associations, companies, public bodies, foundations, ...): their kinds and legal
 * identifiers, the read queries about them and their GraphQL fields (partners, memberships).
 */
package org.alliancegraph.organisation;

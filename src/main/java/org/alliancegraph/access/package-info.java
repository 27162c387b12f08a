/**
 * Who may do what: the configured API keys and the role a presented key gives. Used by the GraphQL
 * mutations (editing) and the import endpoint (importer); depends on nothing of the application.
 */
package org.alliancegraph.access;

/**
 * Who may do what: the roles (READER, EDITOR, ADMIN), API keys kept as hashes, JWT bearer tokens of a
 * configured issuer, and the Spring Security chain that reads them; {@link org.alliancegraph.access.Access}
 * is the role check every mutation calls. Depends on nothing of the application's features.
 */
package org.alliancegraph.access;

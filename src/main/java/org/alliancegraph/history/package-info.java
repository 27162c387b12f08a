/**
 * Who changed what and when: one {@code Change} node per write through the service (GraphQL
 * mutations, the page), written in the write's transaction by {@link org.alliancegraph.history.ChangeLog},
 * and the {@code history} of an organisation and an alliance read from them.
 */
package org.alliancegraph.history;

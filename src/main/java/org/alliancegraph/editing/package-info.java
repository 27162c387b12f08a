/**
 * Writing through GraphQL: validated, transactional, idempotent mutations on natural keys, open to
 * the editor role (an API key for now).
 */
package org.alliancegraph.editing;

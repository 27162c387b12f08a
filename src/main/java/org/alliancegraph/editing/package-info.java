/**
 * Writing through GraphQL: validated, transactional, idempotent mutations on natural keys, for the
 * editor role; the statements are {@code writing}'s, shared with the importer.
 */
package org.alliancegraph.editing;

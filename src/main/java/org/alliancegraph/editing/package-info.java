/**
 * Writing through GraphQL: validated, transactional, idempotent mutations on natural keys, for the
 * editor role; the statements are {@code writing}'s, shared with the importer, and the places a row
 * carries come from {@code territory}'s table, as the importer's do.
 */
package org.alliancegraph.editing;

/**
 * The import path: a documented folder of UTF-8 CSV files (see docs/import-format.md) validated row by
 * row and written in batched, idempotent UNWIND + MERGE transactions. The demonstration dataset,
 * the offline command and imports sent to the running service (jobs at {@code /admin/imports},
 * with progress, for the admin role) go through the same code. The way back, for backups, is
 * the {@code backup} module.
 */
package org.alliancegraph.importer;

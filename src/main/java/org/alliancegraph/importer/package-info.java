/**
 * The import path: a documented folder of UTF-8 CSV files (see docs/import-format.md) validated row by
 * row and written in batched, idempotent UNWIND + MERGE transactions. The demonstration dataset,
 * the offline command and imports sent to the running service (jobs at {@code /admin/imports},
 * with progress, for the admin role) go through the same code. The way back, for backups: the whole
 * graph written in the same format ({@code FolderExport}), by the {@code export} command or as a zip
 * at {@code /admin/backup}.
 */
package org.alliancegraph.importer;

/**
 * Backups: the whole curated graph written back in the import format ({@code FolderExport}), one
 * consistent read streamed to files, by the {@code export} command or as a zip at
 * {@code /admin/backup} for the admin role; an import of those files into an empty database restores
 * it. It reads the graph only; the importer does the way in.
 */
package org.alliancegraph.backup;

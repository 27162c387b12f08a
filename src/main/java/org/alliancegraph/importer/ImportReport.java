package org.alliancegraph.importer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param rowsRead      data rows read per file
 * @param rowsAccepted  rows that passed validation per file (written when {@code written})
 * @param rowsRejectedForReferences rows rejected per file only because a row they refer to (an
 *                      organisation, an alliance, a source) was rejected in its own file
 * @param errors        the rejected rows, with file, line and reason (the first 10,000)
 * @param rejectedRows  how many problems were found in all (a rejected row may have several)
 * @param written       whether anything was written (false when all-or-nothing met an error)
 * @param nodesCreated  nodes the import created; 0 on a second run of the same files
 * @param relationshipsCreated relationships the import created (with the links derived from them: an
 *                             alliance's IN_PLACE links to the départements and régions it acts in)
 * @param relationshipsDeleted relationships removed because the files no longer list them (and the
 *                             derived links that went with them)
 * @param sources              the ids of the sources the files define (accepted rows of sources.csv): the
 *                             history of what cites them shows the import
 */
public record ImportReport(Map<String, Integer> rowsRead, Map<String, Integer> rowsAccepted,
        Map<String, Integer> rowsRejectedForReferences, List<RowError> errors,
        int rejectedRows, boolean written, long nodesCreated, long relationshipsCreated, long relationshipsDeleted, Duration took,
        List<String> sources) {

    public boolean hasErrors() {
        return rejectedRows > 0;
    }

    /** A line per file with the rows it accepted: what an import's Change lists. */
    public List<String> rowsWritten() {
        return rowsAccepted.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue() + " rows").toList();
    }

    /** Rows rejected in all files (read but not accepted). */
    public int rowsRejected() {
        return rowsRead.entrySet().stream().mapToInt(e -> e.getValue() - rowsAccepted.getOrDefault(e.getKey(), 0)).sum();
    }

    /** A few lines for a terminal: per file, rows read, accepted and rejected (and how many of those only for a rejected row they refer to). */
    public String summary() {
        StringBuilder out = new StringBuilder();
        rowsRead.forEach((file, n) -> {
            int accepted = rowsAccepted.getOrDefault(file, 0);
            int forReferences = rowsRejectedForReferences.getOrDefault(file, 0);
            out.append(String.format("  %-18s %7d rows read, %7d accepted, %7d rejected%s%n", file, n, accepted, n - accepted,
                    forReferences == 0 ? "" : " (" + forReferences + " only because a row they refer to was rejected)"));
        });
        out.append(String.format("  %d nodes and %d relationships created, %d relationships removed, in %d ms%n",
                nodesCreated, relationshipsCreated, relationshipsDeleted, took.toMillis()));
        if (!errors.isEmpty()) {
            out.append(String.format("  %d problem(s) in %d rejected row(s)%s:%n", rejectedRows, rowsRejected(),
                    written ? "" : ", nothing written"));
            errors.stream().limit(200).forEach(e -> out.append("    ").append(e).append('\n'));
            if (rejectedRows > 200) {
                out.append("    ... and ").append(rejectedRows - 200).append(" more\n");
            }
        }
        return out.toString();
    }
}

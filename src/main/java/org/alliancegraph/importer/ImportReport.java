package org.alliancegraph.importer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param rowsRead      data rows read per file
 * @param rowsAccepted  rows that passed validation per file (written when {@code written})
 * @param errors        the rejected rows, with file, line and reason (the first 10,000)
 * @param rejectedRows  how many problems were found in all
 * @param written       whether anything was written (false when all-or-nothing met an error)
 * @param nodesCreated  nodes the import created; 0 on a second run of the same files
 * @param relationshipsCreated relationships the import created
 * @param relationshipsDeleted relationships removed because the files no longer list them
 */
public record ImportReport(Map<String, Integer> rowsRead, Map<String, Integer> rowsAccepted, List<RowError> errors,
        int rejectedRows, boolean written, long nodesCreated, long relationshipsCreated, long relationshipsDeleted, Duration took) {

    public boolean hasErrors() {
        return rejectedRows > 0;
    }

    /** A few lines for a terminal or a log. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        rowsRead.forEach((file, n) -> out.append(String.format("  %-18s %7d rows read, %7d accepted%n", file, n,
                rowsAccepted.getOrDefault(file, 0))));
        out.append(String.format("  %d nodes and %d relationships created, %d relationships removed, in %d ms%n",
                nodesCreated, relationshipsCreated, relationshipsDeleted, took.toMillis()));
        if (!errors.isEmpty()) {
            out.append(String.format("  %d problem(s) in rejected rows%s:%n", rejectedRows, written ? "" : ", nothing written"));
            errors.stream().limit(200).forEach(e -> out.append("    ").append(e).append('\n'));
            if (rejectedRows > 200) {
                out.append("    ... and ").append(rejectedRows - 200).append(" more\n");
            }
        }
        return out.toString();
    }
}

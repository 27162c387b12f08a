package org.alliancegraph.importer;

/**
 * One rejected row: where it is (file and physical line, 1 = the header; 0 for the whole file, such
 * as a missing one) and why, in words a person can act on.
 */
public record RowError(String file, long line, String column, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (column == null ? "" : " [" + column + "]") + ": " + reason;
    }
}

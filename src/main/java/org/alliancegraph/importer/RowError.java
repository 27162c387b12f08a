package org.alliancegraph.importer;

/** One rejected row: where it is (file and line, 1 = the header) and why, in words a person can act on. */
public record RowError(String file, long line, String column, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : " [" + column + "]") + ": " + reason;
    }
}

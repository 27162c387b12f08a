package org.alliancegraph.importer;

/** What to do with the good rows when some rows are bad. */
public enum ImportMode {
    /** Any bad row stops the import before anything is written. The default. */
    ALL_OR_NOTHING,
    /** Write the good rows, report the bad ones (and the rows that depend on them). */
    KEEP_GOOD
}

package org.alliancegraph.importer;

/**
 * What an import tells whoever follows it while it runs (an import job through the service). Called
 * on the importing thread while checking and on the writer threads while writing, so implementations
 * keep to cheap, thread-safe updates.
 */
public interface ImportProgress {

    /** Pass 1: one more row of {@code file} was read and checked. */
    void checked(String file);

    /** Pass 1 is over: this many rows will be written (0 when nothing will be). */
    void checkingDone(long rowsToWrite);

    /** Pass 2: {@code rows} more rows of {@code file} were committed. */
    void written(String file, int rows);

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void checked(String file) {
        }

        @Override
        public void checkingDone(long rowsToWrite) {
        }

        @Override
        public void written(String file, int rows) {
        }
    };
}

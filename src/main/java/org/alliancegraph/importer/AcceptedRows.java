package org.alliancegraph.importer;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.alliancegraph.writing.GraphWrites;

/**
 * Where {@link FolderCheck} sends the rows it accepts. The first pass only counts them and reports
 * its progress ({@link Counted}); the second writes them ({@link Written}): the checks are the same
 * code both times, only what receives the rows differs.
 */
sealed interface AcceptedRows permits AcceptedRows.Counted, AcceptedRows.Written {

    /** The rows of a file held whole (the small ones), all accepted, for one statement. */
    void held(String file, String statement, List<Map<String, Object>> rows);

    /** The alliances whose phases are closed and current phase recomputed once the phases are in. */
    void closePhases(Supplier<List<Map<String, Object>>> idRows);

    /** A streamed file's last batch is handed over: wait until it is written. */
    void streamedFileDone();

    /** One row of the file has been checked. */
    void checked(String file);

    /** The row as it will be written: with its content hash and what follows from it ({@code derived}). */
    Map<String, Object> prepared(Map<String, Object> params, Consumer<Map<String, Object>> derived);

    /** What the streamed files' batches go to, or null when rows are only counted. */
    BatchWriter batches();

    /** The first pass: rows counted, progress reported per row checked, nothing written. */
    record Counted(ImportProgress progress) implements AcceptedRows {

        @Override
        public void held(String file, String statement, List<Map<String, Object>> rows) {
        }

        @Override
        public void closePhases(Supplier<List<Map<String, Object>>> idRows) {
        }

        @Override
        public void streamedFileDone() {
        }

        @Override
        public void checked(String file) {
            progress.checked(file);
        }

        @Override
        public Map<String, Object> prepared(Map<String, Object> params, Consumer<Map<String, Object>> derived) {
            return params;
        }

        @Override
        public BatchWriter batches() {
            return null;
        }
    }

    /** The second pass: every accepted row written, in batches (the writer reports the progress). */
    record Written(BatchWriter writer) implements AcceptedRows {

        @Override
        public void held(String file, String statement, List<Map<String, Object>> rows) {
            writer.write(file, statement, rows);
        }

        @Override
        public void closePhases(Supplier<List<Map<String, Object>>> idRows) {
            writer.closePhases(idRows.get());
        }

        @Override
        public void streamedFileDone() {
            writer.await();
        }

        @Override
        public void checked(String file) {
        }

        @Override
        public Map<String, Object> prepared(Map<String, Object> params, Consumer<Map<String, Object>> derived) {
            GraphWrites.withContentHash(params);
            derived.accept(params);
            return params;
        }

        @Override
        public BatchWriter batches() {
            return writer;
        }
    }
}

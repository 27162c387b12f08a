package org.alliancegraph.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.graph.BulkTransactions;
import org.alliancegraph.territory.TerritoryPlaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a folder in the documented format (docs/import-format.md). Every row is validated before
 * anything is written: enum values, identifier formats, dates and their order, and every reference
 * (territory, SDG target, source, organisation, alliance) against the files and the database. Then
 * rows are written in batches, one transaction each, with UNWIND + MERGE on natural keys, so running
 * the same import twice creates nothing the second time.
 * <p>
 * Three parts: the files are parsed by {@link CsvFile}; each row is made a typed record
 * ({@code writing.WriteRows}, whose rules on its own values the mutations apply too) and its
 * references checked by {@link FolderCheck}; the accepted rows are written by {@link BatchWriter}
 * ({@link RowSink} batches the large files, choosing CREATE or MERGE) with the statements of
 * {@code writing.GraphWrites}. This class runs the two passes and makes the report.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    static final int DEFAULT_BATCH_SIZE = 2_000;
    // Two, not one per core: a third writer made the import slower (likely contention on shared
    // nodes and index pages).
    static final int DEFAULT_WRITERS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private final Neo4jClient client;
    private final TransactionTemplate tx;
    private final TerritoryPlaces places;

    ImportService(Neo4jClient client, TransactionTemplate tx, TerritoryPlaces places) {
        this.client = client;
        this.tx = BulkTransactions.of(tx);
        this.places = places;
    }

    public ImportReport importFolder(ImportInput input, ImportMode mode) {
        return importFolder(input, mode, DEFAULT_BATCH_SIZE);
    }

    public ImportReport importFolder(ImportInput input, ImportMode mode, int batchSize) {
        return importFolder(input, mode, batchSize, DEFAULT_WRITERS);
    }

    /**
     * @param writers how many batches are written at once, each in its own transaction; while they
     *                are written, the calling thread reads and checks the next rows
     */
    public ImportReport importFolder(ImportInput input, ImportMode mode, int batchSize, int writers) {
        return importFolder(input, mode, batchSize, writers, ImportProgress.NONE);
    }

    /** As above, telling {@code progress} each row checked and each batch committed. */
    public ImportReport importFolder(ImportInput input, ImportMode mode, int batchSize, int writers, ImportProgress progress) {
        long started = System.nanoTime();
        // Pass 1 validates every row and writes nothing; it keeps counts and accepted ids, not rows,
        // so memory grows with the number of ids, not with the rows' content.
        FolderCheck check = new FolderCheck(client, input, places, new AcceptedRows.Counted(progress));
        check.run();
        Map<String, Integer> rowsRead = check.rowsRead;
        Map<String, Integer> rowsAccepted = check.rowsAccepted;
        Errors errors = check.errors;
        boolean write = check.acceptedRows() > 0 && (mode == ImportMode.KEEP_GOOD || errors.total() == 0);
        List<String> sources = check.sourceIds();
        Map<String, Integer> forReferences = check.rowsRejectedForReferences;
        progress.checkingDone(write ? check.acceptedRows() : 0);
        int read = rowsRead.values().stream().mapToInt(i -> i).sum();
        log.info("Checked {} rows in {} ms: {} accepted, {} rejected ({} problems){}", read,
                (System.nanoTime() - started) / 1_000_000, check.acceptedRows(), read - check.acceptedRows(), errors.total(),
                write ? "; writing with " + writers + " writer(s), batches of " + batchSize : "; nothing written");
        // Pass 1's id sets (hundreds of MB for a national file) are garbage from here on.
        check = null;
        BatchWriter.Counters counters = new BatchWriter.Counters();
        if (write) {
            // Pass 2 reads the files again, validates each row the same way (so it takes exactly the rows
            // pass 1 accepted) and writes them in batches as it goes.
            try (BatchWriter writer = new BatchWriter(client, tx, batchSize, writers, counters, rowsAccepted, progress)) {
                new FolderCheck(client, input, places, new AcceptedRows.Written(writer)).run();
            }
            if (counters.retries > 0) {
                log.info("{} batch(es) rolled back on a transient error (lock conflict between writers) and written again",
                        counters.retries);
            }
        }
        ImportReport report = new ImportReport(rowsRead, rowsAccepted, forReferences, List.copyOf(errors),
                errors.total(), write, counters.nodesCreated, counters.relationshipsCreated,
                counters.relationshipsDeleted, Duration.ofNanos(System.nanoTime() - started), sources);
        // One line: the command line prints the whole report itself, a caller in code has the report.
        log.info("Import of {} ({}): {} rows read, {} rejected; {} nodes and {} relationships created, {} removed, in {} ms",
                input.description(), mode, read, report.rowsRejected(), report.nodesCreated(), report.relationshipsCreated(),
                report.relationshipsDeleted(), report.took().toMillis());
        return report;
    }

    /** Checks every row and writes nothing: the page's preview of an upload. */
    public ImportReport check(ImportInput input) {
        long started = System.nanoTime();
        FolderCheck check = new FolderCheck(client, input, places, new AcceptedRows.Counted(ImportProgress.NONE));
        check.run();
        return new ImportReport(check.rowsRead, check.rowsAccepted, check.rowsRejectedForReferences, List.copyOf(check.errors),
                check.errors.total(), false, 0, 0, 0, Duration.ofNanos(System.nanoTime() - started), check.sourceIds());
    }

    /**
     * Checks every row, then (when none is bad) writes them all in one transaction on the calling
     * thread: for the page's uploads, small enough to be written whole or not at all, whatever fails.
     * A transaction rolled back on a transient error (a lock another writer held) is run again whole.
     */
    public ImportReport importInOneTransaction(ImportInput input) {
        return importInOneTransaction(input, () -> { });
    }

    /** As above, running {@code alsoInTransaction} after the rows, in their transaction (what records who wrote them). */
    public ImportReport importInOneTransaction(ImportInput input, Runnable alsoInTransaction) {
        long started = System.nanoTime();
        FolderCheck check = new FolderCheck(client, input, places, new AcceptedRows.Counted(ImportProgress.NONE));
        check.run();
        Errors errors = check.errors;
        boolean write = check.acceptedRows() > 0 && errors.total() == 0;
        BatchWriter.Counters counters = new BatchWriter.Counters();
        for (int attempt = 1; write; attempt++) {
            BatchWriter.Counters tried = new BatchWriter.Counters();
            try {
                tx.executeWithoutResult(status -> {
                    try (BatchWriter writer = new BatchWriter(client, tx, Integer.MAX_VALUE, 0, tried, check.rowsAccepted,
                            ImportProgress.NONE)) {
                        new FolderCheck(client, input, places, new AcceptedRows.Written(writer)).run();
                    }
                    alsoInTransaction.run();
                });
                counters = tried;
                break;
            } catch (TransientDataAccessException busy) {
                if (attempt == BatchWriter.ATTEMPTS) {
                    throw busy;
                }
                log.debug("upload rolled back on a transient error ({}), attempt {}", busy.getMessage(), attempt);
            }
        }
        return new ImportReport(check.rowsRead, check.rowsAccepted, check.rowsRejectedForReferences, List.copyOf(errors),
                errors.total(), write, counters.nodesCreated, counters.relationshipsCreated, counters.relationshipsDeleted,
                Duration.ofNanos(System.nanoTime() - started), check.sourceIds());
    }

    /** Keeps the first {@value #KEPT} errors for the report and counts them all. */
    static final class Errors extends ArrayList<RowError> {
        static final int KEPT = 10_000;
        private int total;

        @Override
        public boolean add(RowError error) {
            total++;
            return size() < KEPT && super.add(error);
        }

        int total() {
            return total;
        }
    }

}

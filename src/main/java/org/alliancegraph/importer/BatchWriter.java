package org.alliancegraph.importer;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.alliancegraph.writing.GraphWrites;
import org.neo4j.driver.summary.ResultSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pass 2's output: batches of accepted rows, written one transaction each by a few writer threads,
 * with progress in the log. At most two batches per writer are queued, so memory stays bounded;
 * {@link #await()} is the barrier between files (memberships need their alliances committed).
 * The import's third part, after reading ({@link CsvFile}) and checking ({@link ImportService}).
 */
final class BatchWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);
    /** Tries per batch: a batch two writers deadlocked on is rolled back by Neo4j and written again. */
    static final int ATTEMPTS = 5;

    final int batchSize;
    final Counters counters;
    final Map<String, Integer> expected;
    final ExecutorService pool;
    final Semaphore queued;
    final List<Future<?>> pending = new ArrayList<>();
    final Map<String, AtomicInteger> done = new ConcurrentHashMap<>();
    final ImportProgress listener;
    long lastReport = System.nanoTime();

    private final Neo4jClient client;
    private final TransactionTemplate tx;

    BatchWriter(Neo4jClient client, TransactionTemplate tx, int batchSize, int writers, Counters counters,
            Map<String, Integer> expected, ImportProgress listener) {
        this.client = client;
        this.tx = tx;
        this.listener = listener;
        this.batchSize = batchSize;
        this.counters = counters;
        this.expected = expected;
        AtomicInteger n = new AtomicInteger();
        // No writer threads: every batch runs on the calling thread, inside the caller's transaction.
        this.pool = writers == 0 ? null : Executors.newFixedThreadPool(Math.max(1, writers),
                r -> new Thread(r, "import-writer-" + n.incrementAndGet()));
        this.queued = new Semaphore(2 * Math.max(1, writers));
    }

    /** Writes a held file's rows now, on the calling thread, after the batches already submitted. */
    void write(String file, String cypher, List<Map<String, Object>> rows) {
        await();
        writeBatches(cypher, rows);
        if (file != null) {
            listener.written(file, rows.size());
        }
    }

    /** Queues a batch; blocks while the writers are that far behind. */
    void submit(String file, long fileStarted, int rows, Runnable batch) {
        if (pool == null) {
            batch.run();
            listener.written(file, rows);
            return;
        }
        try {
            queued.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted(e);
        }
        pending.add(pool.submit(() -> {
            try {
                batch.run();
                listener.written(file, rows);
                progress(file, fileStarted, done.computeIfAbsent(file, f -> new AtomicInteger()).addAndGet(rows));
            } finally {
                queued.release();
            }
        }));
        // Surface a failed batch at once rather than at the end of the file.
        pending.removeIf(f -> f.isDone() && outcome(f));
    }

    /** Writes on the calling thread (a writer's, inside a submitted batch). */
    void writeNow(String cypher, List<Map<String, Object>> rows) {
        writeBatches(cypher, rows);
    }

    /** Waits for every submitted batch; rethrows the first failure. */
    void await() {
        try {
            for (Future<?> f : pending) {
                outcome(f);
            }
        } finally {
            pending.clear();
        }
    }

    private boolean outcome(Future<?> f) {
        try {
            f.get();
            return true;
        } catch (CancellationException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted(e);
        } catch (ExecutionException e) {
            // The batches not started yet are dropped; those already written stay (one transaction each).
            pending.forEach(p -> p.cancel(false));
            switch (e.getCause()) {
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new UndeclaredThrowableException(e.getCause());
            }
        }
    }

    synchronized void progress(String file, long fileStarted, int written) {
        long now = System.nanoTime();
        int total = expected.getOrDefault(file, written);
        if (now - lastReport > 5_000_000_000L || written == total) {
            lastReport = now;
            double seconds = Math.max(1e-3, (now - fileStarted) / 1e9);
            double rate = written / seconds;
            log.info("{}: {} / {} rows written, {} rows/s, ETA {} s", file, written, total, Math.round(rate),
                    rate > 0 ? Math.round((total - written) / rate) : "?");
        }
    }

    @Override
    public void close() {
        try {
            await();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** What the batches did, summed over the writers. */
    static final class Counters {
        long nodesCreated;
        long relationshipsCreated;
        long relationshipsDeleted;
        long retries;

        synchronized void retried() {
            retries++;
        }

        synchronized void add(ResultSummary summary) {
            nodesCreated += summary.counters().nodesCreated();
            relationshipsCreated += summary.counters().relationshipsCreated();
            relationshipsDeleted += summary.counters().relationshipsDeleted();
        }
    }

    /** Closes each alliance's phases at the start of the next one, for the alliances an import touched. */
    void closePhases(List<Map<String, Object>> idRows) {
        for (int i = 0; i < idRows.size(); i += batchSize) {
            List<String> ids = idRows.subList(i, Math.min(idRows.size(), i + batchSize)).stream()
                    .map(r -> (String) r.get("id")).toList();
            counters.add(tx.execute(s -> client.query(GraphWrites.CLOSE_PHASES).bind(ids).to("ids").run()));
        }
    }

    /** The rows in batches, one transaction each, on the calling thread; a transient failure is retried. */
    private void writeBatches(String cypher, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        for (int i = 0; i < rows.size(); i += batchSize) {
            List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + batchSize));
            for (int attempt = 1; ; attempt++) {
                try {
                    counters.add(tx.execute(s -> client.query(cypher).bind(batch).to("rows").run()));
                    break;
                } catch (TransientDataAccessException transientError) {
                    // Two writers locked the same nodes in opposite orders: Neo4j rolled this batch back.
                    // Inline, the batch is part of the caller's transaction, which the caller retries whole.
                    if (attempt == ATTEMPTS || pool == null) {
                        throw transientError;
                    }
                    log.debug("batch rolled back ({}), attempt {} of {}", transientError.getMessage(), attempt, ATTEMPTS);
                    counters.retried();
                    sleep(attempt * 50L);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted(e);
        }
    }

    /** Not an IllegalStateException: the CSV reader reports those as malformed files. */
    static final class Interrupted extends RuntimeException {
        Interrupted(InterruptedException cause) {
            super("import interrupted", cause);
        }
    }
}

package org.alliancegraph.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One import sent to the running service, from upload to report, and its progress as it runs: rows
 * checked (pass 1) and written (pass 2), the rate and the time left of the current pass, then the
 * report with every rejected row's {@code file:line}.
 */
final class ImportJob {

    enum State {
        QUEUED, CHECKING, WRITING, DONE, FAILED
    }

    /** Rejected rows listed in a job's answer; the report keeps more, its summary says how many. */
    static final int LISTED_ERRORS = 1_000;

    final String id;
    final ImportMode mode;
    final int batchSize;
    final int writers;
    final Instant submitted = Instant.now();
    final long uploadBytes;
    /** Data rows the upload holds at most: its newlines less the headers (a multi-line cell counts twice). */
    final long rowsToCheck;
    final Map<String, Long> files;

    private volatile State state = State.QUEUED;
    private volatile Instant started;
    private volatile Instant finished;
    private volatile long passStarted;
    private volatile long rowsToWrite;
    private volatile String currentFile;
    private final AtomicLong checked = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final Map<String, AtomicLong> writtenPerFile = new ConcurrentHashMap<>();
    private volatile ImportReport report;
    private volatile String failure;

    ImportJob(String id, ImportMode mode, int batchSize, int writers, long uploadBytes, Map<String, Long> lines) {
        this.id = id;
        this.mode = mode;
        this.batchSize = batchSize;
        this.writers = writers;
        this.uploadBytes = uploadBytes;
        this.files = Map.copyOf(lines);
        this.rowsToCheck = lines.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum();
    }

    State state() {
        return state;
    }

    ImportReport report() {
        return report;
    }

    void start() {
        started = Instant.now();
        passStarted = System.nanoTime();
        state = State.CHECKING;
    }

    void done(ImportReport report) {
        this.report = report;
        finished = Instant.now();
        state = State.DONE;
    }

    void failed(String message) {
        failure = message;
        finished = Instant.now();
        state = State.FAILED;
    }

    /** The import's listener: counters only, so the importing threads barely notice it. */
    final ImportProgress progress = new ImportProgress() {
        @Override
        public void checked(String file) {
            currentFile = file;
            checked.incrementAndGet();
        }

        @Override
        public void checkingDone(long rows) {
            // The last file checked is not the first one written.
            currentFile = null;
            rowsToWrite = rows;
            passStarted = System.nanoTime();
            state = State.WRITING;
        }

        @Override
        public void written(String file, int rows) {
            currentFile = file;
            writtenPerFile.computeIfAbsent(file, f -> new AtomicLong()).addAndGet(rows);
            written.addAndGet(rows);
        }
    };

    /** The job as its JSON answer. */
    Map<String, Object> view() {
        State now = state;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("state", now.name());
        out.put("mode", mode.name());
        out.put("submitted", submitted.toString());
        out.put("started", started == null ? null : started.toString());
        out.put("finished", finished == null ? null : finished.toString());
        out.put("uploadBytes", uploadBytes);
        out.put("files", files.keySet().stream().sorted().toList());
        out.put("file", now == State.CHECKING || now == State.WRITING ? currentFile : null);
        out.put("rowsToCheck", rowsToCheck);
        out.put("rowsChecked", checked.get());
        out.put("rowsToWrite", now == State.QUEUED || now == State.CHECKING ? null : rowsToWrite);
        out.put("rowsWritten", written.get());
        if (now == State.CHECKING || now == State.WRITING) {
            long done = now == State.CHECKING ? checked.get() : written.get();
            long total = now == State.CHECKING ? rowsToCheck : rowsToWrite;
            double seconds = (System.nanoTime() - passStarted) / 1e9;
            double rate = seconds > 0 ? done / seconds : 0;
            out.put("rowsPerSecond", Math.round(rate));
            out.put("etaSeconds", rate > 0 ? Math.max(0, Math.round((total - done) / rate)) : null);
        }
        ImportReport r = report;
        if (r != null) {
            out.put("report", report(r));
        }
        out.put("error", failure);
        return out;
    }

    private static Map<String, Object> report(ImportReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> files = new ArrayList<>();
        r.rowsRead().forEach((file, read) -> {
            int accepted = r.rowsAccepted().getOrDefault(file, 0);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("file", file);
            f.put("rowsRead", read);
            f.put("rowsAccepted", accepted);
            f.put("rowsRejected", read - accepted);
            f.put("rowsRejectedForReferences", r.rowsRejectedForReferences().getOrDefault(file, 0));
            files.add(f);
        });
        out.put("files", files);
        out.put("rowsRejected", r.rowsRejected());
        out.put("problems", r.rejectedRows());
        out.put("written", r.written());
        out.put("nodesCreated", r.nodesCreated());
        out.put("relationshipsCreated", r.relationshipsCreated());
        out.put("relationshipsDeleted", r.relationshipsDeleted());
        out.put("tookMs", r.took().toMillis());
        out.put("rejected", r.errors().stream().limit(LISTED_ERRORS).map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", e.file() + ":" + e.line());
            row.put("file", e.file());
            row.put("line", e.line());
            row.put("column", e.column());
            row.put("reason", e.reason());
            return row;
        }).toList());
        out.put("summary", r.summary());
        return out;
    }
}

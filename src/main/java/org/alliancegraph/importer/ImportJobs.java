package org.alliancegraph.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.alliancegraph.access.Access;
import org.alliancegraph.history.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Runs the imports sent to the service, one at a time in the order they came (two imports writing
 * the same nodes at once would only fight over locks), each on the folder its upload was saved in,
 * which is removed when the job ends. Finished jobs are kept, up to a number, to be read back.
 */
@Service
@EnableConfigurationProperties(ImportProperties.class)
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportService importer;
    private final ImportProperties properties;
    private final ChangeLog changes;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-job"));
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();

    ImportJobs(ImportService importer, ImportProperties properties, ChangeLog changes) {
        this.importer = importer;
        this.changes = changes;
        this.properties = properties;
    }

    ImportProperties properties() {
        return properties;
    }

    /** Queues the import of an upload; the job owns the upload from here on and removes it. */
    ImportJob submit(ImportUpload upload, ImportMode mode, int batchSize, int writers) {
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), mode, batchSize, writers, upload.bytes(), upload.lines());
        synchronized (jobs) {
            jobs.put(job.id, job);
            forgetOld();
        }
        String by = Access.callerName();
        try {
            runner.execute(() -> run(job, upload, by));
        } catch (RuntimeException rejected) {
            // The service is stopping.
            upload.close();
            job.failed("the service is stopping; send the import again once it is back");
        }
        return job;
    }

    private void run(ImportJob job, ImportUpload upload, String by) {
        try (upload) {
            job.start();
            log.info("Import job {} started: {} file(s), {} bytes, {}", job.id, job.files.size(), job.uploadBytes, job.mode);
            ImportReport report = importer.importFolder(ImportInput.folder(upload.folder()), job.mode, job.batchSize,
                    job.writers, job.progress);
            job.done(report);
            // Who imported what, when: one change for the whole import (its rows are too many to list).
            if (report.written()) {
                changes.recordImport(by, job.id, "import (" + job.mode + ")", report.rowsWritten(), report.sources());
            }
        } catch (RuntimeException | Error e) {
            // A malformed file is a row error in the report; what lands here is the database or the
            // service failing, and the job says so in one line instead of leaving its caller waiting.
            log.warn("Import job {} failed", job.id, e);
            job.failed("the import stopped: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "; batches already committed stay (send the same folder again: an import is idempotent)");
        }
    }

    Optional<ImportJob> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    List<ImportJob> all() {
        synchronized (jobs) {
            return new ArrayList<>(jobs.values());
        }
    }

    /** Forgets the oldest finished jobs beyond the kept number; running and queued ones stay. */
    private void forgetOld() {
        long finished = jobs.values().stream().filter(ImportJobs::over).count();
        var it = jobs.values().iterator();
        while (finished > properties.keptJobs() && it.hasNext()) {
            if (over(it.next())) {
                it.remove();
                finished--;
            }
        }
    }

    private static boolean over(ImportJob job) {
        return job.state() == ImportJob.State.DONE || job.state() == ImportJob.State.FAILED;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        // The running batch commits or rolls back; the rest of the import is dropped (idempotent: send it again).
        runner.shutdownNow();
        if (!runner.awaitTermination(5, TimeUnit.SECONDS)) {
            log.warn("an import job was still running at shutdown");
        }
    }
}

package org.alliancegraph.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import org.alliancegraph.access.Access;
import org.alliancegraph.history.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Registry imports run by the service itself, one at a time on a thread of their own, while it goes on
 * answering: each job owns the folder its files were received in and removes it when done; its
 * progress (the importer's own lines) and its report can be read while and after it runs. The last
 * {@value #KEPT} jobs are kept, in memory.
 */
@Service
class RegistryJobs {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryJobs.class);
    static final int KEPT = 20;

    /** One job, as its status page shows it. */
    static final class Job {
        final String id;
        final String registry;
        final List<String> files;
        final Instant submitted = Instant.now();
        volatile String state = "QUEUED";
        volatile String progress;
        volatile String report;
        volatile String failure;
        volatile Instant finished;

        Job(String id, String registry, List<String> files) {
            this.id = id;
            this.registry = registry;
            this.files = files;
        }

        Map<String, Object> view() {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", id);
            v.put("registry", registry);
            v.put("files", files);
            v.put("state", state);
            v.put("submitted", submitted.toString());
            v.put("progress", progress);
            v.put("report", report);
            v.put("failure", failure);
            v.put("finished", finished == null ? null : finished.toString());
            return v;
        }
    }

    /** What a job is to apply: RNA files, or SIRENE's two with a selection. */
    record Work(String registry, List<Path> files, SireneSelection selection, LocalDate date, int batchSize) {
    }

    private final RnaImport rna;
    private final SireneImport sirene;
    private final ChangeLog changes;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "registry-job"));
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    RegistryJobs(RnaImport rna, SireneImport sirene, ChangeLog changes) {
        this.rna = rna;
        this.sirene = sirene;
        this.changes = changes;
    }

    /** Queues the work; the job owns {@code folder} (the received files) from here on and removes it. */
    Job submit(Work work, Path folder) {
        Job job = new Job(UUID.randomUUID().toString(), work.registry(), work.files().stream().map(p -> p.getFileName().toString()).toList());
        synchronized (jobs) {
            jobs.put(job.id, job);
            while (jobs.size() > KEPT) {
                String oldest = jobs.values().stream().filter(j -> j.finished != null).map(j -> j.id).findFirst().orElse(null);
                if (oldest == null) {
                    break;
                }
                jobs.remove(oldest);
            }
        }
        String by = Access.callerName();
        try {
            runner.execute(() -> run(job, work, folder, by));
        } catch (RuntimeException stopping) {
            delete(folder);
            job.failure = "the service is stopping; send the files again once it is back";
            job.state = "FAILED";
            job.finished = Instant.now();
        }
        return job;
    }

    private void run(Job job, Work work, Path folder, String by) {
        job.state = "RUNNING";
        try {
            String source;
            String summary;
            if (work.registry().equals("rna")) {
                RnaImport.Report report = rna.apply(work.files().getFirst(), work.batchSize(), line -> job.progress = line);
                source = report.source();
                summary = report.summary();
            } else {
                SireneImport.Report report = sirene.apply(work.files().get(0), work.files().get(1), work.selection(), work.date(),
                        work.batchSize(), line -> job.progress = line);
                source = report.source();
                summary = report.summary();
            }
            job.report = summary;
            // Who applied the registry, in the history of every organisation that cites it.
            changes.recordImport(by, job.id, "registry " + work.registry(), summary.lines().map(String::strip).toList(), List.of(source));
            job.state = "DONE";
        } catch (RuntimeException | Error e) {
            LOG.warn("Registry job {} failed", job.id, e);
            job.failure = "the registry import stopped: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "; the batches already written stay (send the same files again: it is idempotent)";
            job.state = "FAILED";
        } finally {
            job.finished = Instant.now();
            delete(folder);
        }
    }

    Optional<Job> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    List<Job> all() {
        synchronized (jobs) {
            return new ArrayList<>(jobs.values());
        }
    }

    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not remove the received registry files in {}: {}", folder, e.getMessage());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        runner.shutdownNow();
        if (!runner.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("a registry job was still running at shutdown; run it again after the restart (it is idempotent)");
        }
    }
}

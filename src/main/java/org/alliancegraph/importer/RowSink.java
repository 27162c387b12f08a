package org.alliancegraph.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Accepted rows of a streamed file: their ids (for references) and, when writing, batches. Each
 * batch is split: rows new to the database go through the CREATE statement, the others
 * through the MERGE one.
 */
final class RowSink {
    private static final Logger log = LoggerFactory.getLogger(RowSink.class);

    /** Null in the checking pass: rows are then counted, not written. */
    final BatchWriter writer;
    final CsvFile file;
    final String merge;
    final String create;
    final Function<List<Map<String, Object>>, Predicate<Map<String, Object>>> freshness;
    /** Whether several of this file's batches may be written at once. */
    final boolean concurrent;
    final Set<String> ids = new HashSet<>();
    /** Ids this import created (rather than merged). */
    final Set<String> created = ConcurrentHashMap.newKeySet();
    List<Map<String, Object>> batch = new ArrayList<>();
    int count;
    long started = System.nanoTime();

    RowSink(BatchWriter writer, CsvFile file, String merge, String create,
            Function<List<Map<String, Object>>, Predicate<Map<String, Object>>> freshness, boolean concurrent) {
        this.writer = writer;
        this.concurrent = concurrent;
        this.file = file;
        this.merge = merge;
        this.create = create;
        this.freshness = freshness;
    }

    void add(Map<String, Object> params) {
        count++;
        Object id = params.get("id");
        if (id != null) {
            ids.add((String) id);
        }
        if (writer != null) {
            batch.add(params);
            if (batch.size() >= writer.batchSize) {
                flush();
            }
        }
    }

    void flush() {
        if (writer == null || batch.isEmpty()) {
            return;
        }
        // The freshness check reads the database on this thread; the batch is written by a writer.
        Map<Boolean, List<Map<String, Object>>> split = batch.stream()
                .collect(Collectors.partitioningBy(freshness.apply(batch)));
        List<Map<String, Object>> fresh = split.get(true);
        List<Map<String, Object>> known = split.get(false);
        int rows = batch.size();
        batch = new ArrayList<>();
        if (!concurrent) {
            writer.await();
        }
        writer.submit(file.name(), started, rows, () -> {
            if (!fresh.isEmpty()) {
                try {
                    writer.writeNow(create, fresh);
                    fresh.forEach(row -> {
                        if (row.get("id") != null) {
                            created.add((String) row.get("id"));
                        }
                    });
                } catch (DataIntegrityViolationException raced) {
                    // Another writer created one of these nodes since the check: the batch was
                    // rolled back, and MERGE writes it whatever exists now.
                    log.info("{}: a node of this batch appeared meanwhile ({}); writing it with MERGE",
                            file.name(), raced.getMessage());
                    writer.writeNow(merge, fresh);
                }
            }
            writer.writeNow(merge, known);
        });
    }
}


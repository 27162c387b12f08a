package org.alliancegraph.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.graph.CypherText;
import org.alliancegraph.territory.TerritoryPlaces;
import org.alliancegraph.writing.GraphWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies an RNA delivery (a {@code rna_waldec_*} or {@code rna_import_*} zip, a folder of them, or
 * CSVs) to the graph: rows streamed in batches of {@code batchSize}, each batch one transaction, so
 * memory holds one batch whatever the file's size and the service keeps answering reads between
 * batches. Every batch is idempotent: an import stopped half-way is finished by running it again, and
 * its Source says {@code complete: false} until then.
 */
@Service
public class RnaImport {

    private static final Logger LOG = LoggerFactory.getLogger(RnaImport.class);
    private static final String WRITE = CypherText.read("registry/rna-write.cypher");
    private static final Pattern FILE_DATE = Pattern.compile("rna_(waldec|import)_(\\d{4})(\\d{2})(\\d{2})");
    public static final int DEFAULT_BATCH_SIZE = 2_000;
    static final int MAX_PROBLEMS_KEPT = 100;
    static final String KIND = "REGISTRE_RNA";

    /** What an import did. */
    public record Report(String source, long read, long written, long created, long unchanged, long rejected,
            List<String> problems, long withoutCommune, List<RegistryFiles.Read> files, Duration took) {

        public String summary() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "  %,d rows read from %d file(s) as source %s in %.1f s (%,.0f rows/s)%n",
                    read, files.size(), source, took.toMillis() / 1000.0, read * 1000.0 / Math.max(1, took.toMillis())));
            b.append(String.format(Locale.ROOT, "  %,d organisations written (%,d new, %,d updated or completed), %,d unchanged, %,d rejected%n",
                    written, created, written - created, unchanged, rejected));
            if (withoutCommune > 0) {
                b.append(String.format(Locale.ROOT, "  %,d rows name no commune the graph knows (kept without a place)%n", withoutCommune));
            }
            RegistryWrites.problems(b, problems, rejected);
            return b.toString();
        }
    }

    private final RegistryWrites writes;
    private final TerritoryPlaces places;

    RnaImport(RegistryWrites writes, TerritoryPlaces places) {
        this.writes = writes;
        this.places = places;
    }

    /** The source id and title a delivery's file name gives ({@code rna_waldec_20261201.zip}: that day's file). */
    static Map<String, Object> sourceOf(Path path) {
        String name = path.getFileName().toString();
        Matcher m = FILE_DATE.matcher(name);
        String date = m.find() ? m.group(2) + "-" + m.group(3) + "-" + m.group(4) : null;
        String layout = m.find(0) ? m.group(1) : "waldec";
        Map<String, Object> s = new HashMap<>();
        s.put("id", "rna-" + layout + "-" + (date == null ? name.replaceAll("\\W+", "-").toLowerCase(Locale.ROOT) : date));
        s.put("title", "Répertoire National des Associations (RNA), fichier " + layout + (date == null ? " " + name : " du " + date));
        s.put("publisher", "Ministère de l’Intérieur (data.gouv.fr, Licence Ouverte)");
        s.put("date", date);
        s.put("url", "https://www.data.gouv.fr/fr/datasets/repertoire-national-des-associations/");
        s.put("kind", KIND);
        s.put("file", name);
        return s;
    }

    public Report apply(Path path, int batchSize, Consumer<String> progress) {
        long started = System.nanoTime();
        Map<String, Object> source = sourceOf(path);
        writes.source(source, false, 0);
        Set<String> known = places.ids();
        List<Map<String, Object>> batch = new ArrayList<>(batchSize);
        long[] counts = new long[6]; // read, written, created, rejected, withoutCommune, batches
        List<String> problems = new ArrayList<>();
        Runnable flush = () -> {
            if (batch.isEmpty()) {
                return;
            }
            long[] wc = write(batch, (String) source.get("id"));
            counts[1] += wc[0];
            counts[2] += wc[1];
            counts[5]++;
            batch.clear();
            if (counts[5] % 25 == 0) {
                progress.accept(String.format(Locale.ROOT, "%,d rows read, %,d written", counts[0], counts[1]));
            }
        };
        List<RegistryFiles.Read> files;
        try {
            files = RegistryFiles.read(path, r -> {
                counts[0]++;
                RnaRows.Parsed parsed = RnaRows.parse(r);
                if (parsed.problem() != null) {
                    counts[3]++;
                    if (problems.size() < MAX_PROBLEMS_KEPT) {
                        problems.add(parsed.problem());
                    }
                    return;
                }
                Map<String, Object> row = parsed.row();
                String commune = (String) row.get("commune");
                if (commune != null && !known.contains(commune)) {
                    row.put("commune", null);
                    commune = null;
                }
                if (commune == null) {
                    counts[4]++;
                } else {
                    TerritoryPlaces.PlaceIds at = places.placeIds(commune);
                    GraphWrites.withPlaceKeys(row, at.departements(), at.regions());
                }
                batch.add(row);
                if (batch.size() >= batchSize) {
                    flush.run();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path + ": " + e.getMessage(), e);
        }
        flush.run();
        writes.source(source, true, counts[0]);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long accepted = counts[0] - counts[3];
        Report report = new Report((String) source.get("id"), counts[0], counts[1], counts[2], accepted - counts[1], counts[3],
                List.copyOf(problems), counts[4], files, took);
        LOG.info("RNA import of {}:\n{}", path, report.summary());
        return report;
    }

    private long[] write(List<Map<String, Object>> rows, String source) {
        return writes.batch(WRITE, rows, source);
    }

}

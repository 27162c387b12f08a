package org.alliancegraph.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.alliancegraph.graph.CypherText;
import org.alliancegraph.territory.TerritoryPlaces;
import org.alliancegraph.writing.GraphWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies INSEE's SIRENE stock files ({@code StockUniteLegale} and {@code StockEtablissement}, CSV,
 * zipped or not) to the graph for a selection of units. Streamed in batches, one transaction each:
 * memory holds one batch and the SIRENs selected (four bytes each), whatever the files' size.
 * First the legal units (written as organisations), then the head offices (their commune and
 * SIRET); with départements chosen, a first pass over the establishments finds the units whose head
 * office is there. Idempotent batch by batch, like {@link RnaImport}.
 */
@Service
public class SireneImport {

    private static final Logger LOG = LoggerFactory.getLogger(SireneImport.class);
    private static final String UNITS = CypherText.read("registry/sirene-units.cypher");
    private static final String HEAD_OFFICES = CypherText.read("registry/sirene-head-offices.cypher");
    static final String KIND = "REGISTRE_SIRENE";

    /** What an import did. */
    public record Report(String source, String selection, long unitsRead, long selected, long written, long created,
            long rejected, List<String> problems, long headOffices, long headOfficesWritten, long withoutCommune, Duration took) {

        public String summary() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "  %,d legal units read, %,d selected (%s) as source %s in %.1f s (%,.0f units/s)%n",
                    unitsRead, selected, selection, source, took.toMillis() / 1000.0, unitsRead * 1000.0 / Math.max(1, took.toMillis())));
            b.append(String.format(Locale.ROOT, "  %,d organisations written (%,d new, %,d updated or completed), %,d unchanged, %,d rejected%n",
                    written, created, written - created, selected - written, rejected));
            b.append(String.format(Locale.ROOT, "  %,d head offices of selected units, %,d written, %,d in no commune the graph knows%n",
                    headOffices, headOfficesWritten, withoutCommune));
            RegistryWrites.problems(b, problems, rejected);
            return b.toString();
        }
    }

    private final RegistryWrites writes;
    private final TerritoryPlaces places;

    SireneImport(RegistryWrites writes, TerritoryPlaces places) {
        this.writes = writes;
        this.places = places;
    }

    /** The stock's Source: INSEE's monthly file, dated by {@code date} (else the units file's last change). */
    static Map<String, Object> sourceOf(Path units, LocalDate date) throws IOException {
        LocalDate day = date != null ? date : LocalDate.ofInstant(Files.getLastModifiedTime(units).toInstant(), ZoneOffset.UTC);
        Map<String, Object> s = new HashMap<>();
        s.put("id", "sirene-stock-" + day);
        s.put("title", "Base Sirene des entreprises et de leurs établissements (INSEE), stock du " + day);
        s.put("publisher", "INSEE (data.gouv.fr, Licence Ouverte)");
        s.put("date", day.toString());
        s.put("url", "https://www.data.gouv.fr/fr/datasets/base-sirene-des-entreprises-et-de-leurs-etablissements-siren-siret/");
        s.put("kind", KIND);
        s.put("file", units.getFileName().toString());
        return s;
    }

    public Report apply(Path units, Path establishments, SireneSelection selection, LocalDate date, int batchSize,
            Consumer<String> progress) {
        long started = System.nanoTime();
        try {
            Map<String, Object> source = sourceOf(units, date);
            writes.source(source, false, 0);
            int[] inPlace = selection.departements().isEmpty() ? null : headOfficesIn(establishments, selection.departements());
            long[] counts = new long[6]; // read, selected, written, created, rejected, batches
            List<String> problems = new ArrayList<>();
            Sirens chosen = new Sirens();
            List<Map<String, Object>> batch = new ArrayList<>(batchSize);
            Runnable flush = () -> {
                if (!batch.isEmpty()) {
                    long[] wc = writeUnits(batch, (String) source.get("id"));
                    counts[2] += wc[0];
                    counts[3] += wc[1];
                    batch.clear();
                    if (++counts[5] % 25 == 0) {
                        progress.accept(String.format(Locale.ROOT, "%,d units read, %,d selected, %,d written",
                                counts[0], counts[1], counts[2]));
                    }
                }
            };
            RegistryFiles.read(units, r -> {
                counts[0]++;
                SireneRows.Unit unit = SireneRows.unit(r, selection);
                if (unit.problem() != null) {
                    if (problems.size() < RnaImport.MAX_PROBLEMS_KEPT) {
                        problems.add(unit.problem());
                    }
                    counts[4]++;
                    return;
                }
                if (unit.skipped()) {
                    return;
                }
                int siren = Integer.parseInt((String) unit.row().get("siren"));
                if (inPlace != null && Arrays.binarySearch(inPlace, siren) < 0) {
                    return;
                }
                counts[1]++;
                chosen.add(siren);
                batch.add(unit.row());
                if (batch.size() >= batchSize) {
                    flush.run();
                }
            });
            flush.run();
            int[] selected = chosen.sorted();
            long[] offices = headOffices(establishments, selected, batchSize, progress);
            writes.source(source, true, counts[0]);
            Report report = new Report((String) source.get("id"), selection.describe(), counts[0], counts[1], counts[2], counts[3],
                    counts[4], List.copyOf(problems), offices[0], offices[1], offices[2], Duration.ofNanos(System.nanoTime() - started));
            LOG.info("SIRENE import of {} and {}:\n{}", units, establishments, report.summary());
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the SIRENE files: " + e.getMessage(), e);
        }
    }

    /** The SIRENs whose head office lies in one of these départements. */
    private int[] headOfficesIn(Path establishments, Set<String> departements) throws IOException {
        Set<String> known = places.ids();
        Sirens found = new Sirens();
        RegistryFiles.read(establishments, r -> {
            Map<String, Object> office = SireneRows.headOffice(r);
            String commune = office == null ? null : (String) office.get("commune");
            if (commune != null && known.contains(commune)
                    && places.placeIds(commune).departements().stream().anyMatch(departements::contains)) {
                found.add(Integer.parseInt((String) office.get("siren")));
            }
        });
        return found.sorted();
    }

    /** Head offices of the selected units: how many, how many written, how many in no known commune. */
    private long[] headOffices(Path establishments, int[] selected, int batchSize, Consumer<String> progress) throws IOException {
        Set<String> known = places.ids();
        long[] counts = new long[3];
        List<Map<String, Object>> batch = new ArrayList<>(batchSize);
        Runnable flush = () -> {
            if (!batch.isEmpty()) {
                counts[1] += writes.count(HEAD_OFFICES, batch);
                batch.clear();
            }
        };
        RegistryFiles.read(establishments, r -> {
            Map<String, Object> office = SireneRows.headOffice(r);
            if (office == null || Arrays.binarySearch(selected, Integer.parseInt((String) office.get("siren"))) < 0) {
                return;
            }
            counts[0]++;
            String commune = (String) office.get("commune");
            if (commune == null || !known.contains(commune)) {
                office.put("commune", null);
                counts[2]++;
            } else {
                TerritoryPlaces.PlaceIds at = places.placeIds(commune);
                GraphWrites.withPlaceKeys(office, at.departements(), at.regions());
            }
            batch.add(office);
            if (batch.size() >= batchSize) {
                flush.run();
                if (counts[0] % (batchSize * 25L) == 0) {
                    progress.accept(String.format(Locale.ROOT, "%,d head offices placed", counts[0]));
                }
            }
        });
        flush.run();
        return counts;
    }

    private long[] writeUnits(List<Map<String, Object>> rows, String source) {
        return writes.batch(UNITS, rows, source);
    }


    /** SIRENs as a growing array of ints (nine digits fit), sorted once at the end for lookups. */
    private static final class Sirens {
        private int[] values = new int[1024];
        private int size;

        void add(int siren) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = siren;
        }

        int[] sorted() {
            int[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }
}

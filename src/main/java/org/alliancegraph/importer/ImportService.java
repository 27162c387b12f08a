package org.alliancegraph.importer;

import java.io.Reader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.alliancegraph.graph.BulkTransactions;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.graph.TerritoryIds;
import org.alliancegraph.organisation.Identifiers;
import org.alliancegraph.territory.TerritoryPlaces;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.AllianceStatus;
import org.alliancegraph.vocabulary.EvidenceBasis;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.vocabulary.PartnerRole;
import org.alliancegraph.writing.GraphWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a folder in the documented format (docs/import-format.md). Every row is validated before
 * anything is written: enum values, identifier formats, dates and their order, and every reference
 * (territory, SDG target, source, organisation, alliance) against the files and the database. Then
 * rows are written in batches, one transaction each, with UNWIND + MERGE on natural keys, so running
 * the same import twice creates nothing the second time. The files are read by {@link CsvFile}, the
 * rows checked here (the rules on values shared with the mutations: {@code TextRules},
 * {@code Identifiers}, {@code TerritoryIds}) and written by {@link BatchWriter} with the statements
 * of {@code writing.GraphWrites}.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    static final int DEFAULT_BATCH_SIZE = 2_000;
    // Two, not one per core: with three on the L graph, alliances went from 8,500 to 4,600 rows/s
    // and the import from 88-100 s to 124 s (likely contention on shared nodes and index pages).
    static final int DEFAULT_WRITERS = Math.min(2, Runtime.getRuntime().availableProcessors());

    static final CsvFile SOURCES = new CsvFile("sources.csv", CsvFile.columns("id", "title"),
            CsvFile.columns("publisher", "date", "url", "kind", "file"));
    static final CsvFile PROGRAMMES = new CsvFile("programmes.csv", CsvFile.columns("id", "name", "source"),
            CsvFile.columns("acronym", "description", "start_date", "end_date", "run_by", "quote", "page"));
    static final CsvFile ORGANISATIONS = new CsvFile("organisations.csv", CsvFile.columns("id", "name", "kind", "source"),
            CsvFile.columns("acronym", "territory", "siren", "rna", "size", "sector", "website", "inferred", "quote", "page"));
    static final CsvFile ALLIANCES = new CsvFile("alliances.csv", CsvFile.columns("id", "name", "mode", "source"),
            CsvFile.columns("status", "phase", "phase_since", "start_date", "end_date", "objectives", "territories",
                    "sdg_targets", "sdg_basis", "sdg_note", "fragility_domains", "impacts", "programmes", "inferred",
                    "quote", "page"));
    static final CsvFile PHASES = new CsvFile("phases.csv", CsvFile.columns("alliance", "phase", "since"),
            CsvFile.columns("until", "source", "quote", "page"));
    static final CsvFile MEMBERSHIPS = new CsvFile("memberships.csv",
            CsvFile.columns("alliance", "organisation", "role", "source"),
            CsvFile.columns("since", "until", "inferred", "quote", "page"));
    /** A further source of an organisation, alliance or programme (the row's own is its first). */
    static final CsvFile CITATIONS = new CsvFile("citations.csv", CsvFile.columns("kind", "id", "source"),
            CsvFile.columns("quote", "page"));
    /** An SDG contribution whose basis or note differs from its alliance row's. */
    static final CsvFile SDG_CONTRIBUTIONS = new CsvFile("sdg_contributions.csv",
            CsvFile.columns("alliance", "target", "basis"), CsvFile.columns("note"));

    /** The files an import folder may hold, in the order they are read. */
    static final List<CsvFile> FILES = List.of(SOURCES, PROGRAMMES, ORGANISATIONS, ALLIANCES, PHASES, MEMBERSHIPS,
            CITATIONS, SDG_CONTRIBUTIONS);

    /** What a row of citations.csv may cite, each with the label its id is looked up under. */
    enum CitedKind {
        ORGANISATION(NodeLabel.Organisation), ALLIANCE(NodeLabel.Alliance), PROGRAMME(NodeLabel.Programme);

        final NodeLabel label;

        CitedKind(NodeLabel label) {
            this.label = label;
        }
    }

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
        Set<String> territoryIds = places.ids();
        // Pass 1 validates every row and writes nothing; it keeps counts and accepted ids, not rows,
        // so memory grows with the number of ids, not with the rows' content.
        Validation check = new Validation(input, territoryIds, null, progress);
        check.run();
        Map<String, Integer> rowsRead = check.rowsRead;
        Map<String, Integer> rowsAccepted = check.rowsAccepted;
        Errors errors = check.errors;
        boolean write = check.acceptedRows() > 0 && (mode == ImportMode.KEEP_GOOD || errors.total() == 0);
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
                new Validation(input, territoryIds, writer, progress).run();
            }
            if (counters.retries > 0) {
                log.info("{} batch(es) rolled back on a transient error (lock conflict between writers) and written again",
                        counters.retries);
            }
        }
        ImportReport report = new ImportReport(rowsRead, rowsAccepted, forReferences, List.copyOf(errors),
                errors.total(), write, counters.nodesCreated, counters.relationshipsCreated,
                counters.relationshipsDeleted, Duration.ofNanos(System.nanoTime() - started));
        // One line: the command line prints the whole report itself, a caller in code has the report.
        log.info("Import of {} ({}): {} rows read, {} rejected; {} nodes and {} relationships created, {} removed, in {} ms",
                input.description(), mode, read, report.rowsRejected(), report.nodesCreated(), report.relationshipsCreated(),
                report.relationshipsDeleted(), report.took().toMillis());
        return report;
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

    // ---------------------------------------------------------------- validation

    /** Reads and checks every file; keeps the accepted rows as Cypher parameter maps. */
    private final class Validation {
        final ImportInput input;
        final Errors errors = new Errors();
        final Map<String, Integer> rowsRead = new LinkedHashMap<>();
        final Map<String, Integer> rowsAccepted = new LinkedHashMap<>();
        final Map<String, Integer> rowsRejectedForReferences = new LinkedHashMap<>();
        // Small files are held; the large ones (organisations, alliances, memberships) stream through sinks.
        final List<Map<String, Object>> sources = new ArrayList<>();
        final List<Map<String, Object>> programmes = new ArrayList<>();
        final List<Map<String, Object>> phases = new ArrayList<>();
        final List<Map<String, Object>> citations = new ArrayList<>();
        final List<Map<String, Object>> contributions = new ArrayList<>();
        final Sink organisations;
        final Sink alliances;
        final Sink memberships;
        final Set<String> fragilityCodes;
        final Set<String> impactCodes;
        final Set<String> territoryIds;
        final BatchWriter writer;
        final ImportProgress progress;

        Validation(ImportInput input, Set<String> territoryIds, BatchWriter writer, ImportProgress progress) {
            this.progress = progress;
            this.input = input;
            this.territoryIds = territoryIds;
            this.writer = writer;
            this.fragilityCodes = codes("MATCH (n:FragilityDomain) RETURN n.code AS code");
            this.impactCodes = codes("MATCH (n:ImpactType) RETURN n.code AS code");
            // Node files are written one batch at a time (the next one is read meanwhile): on the L graph,
            // two writers made organisations and alliances slower in half the runs (4,400-8,500 rows/s
            // against 7,500-9,300 for one), while memberships gained (29,000-40,000 against 23,000).
            this.organisations = new Sink(ORGANISATIONS, GraphWrites.WRITE_ORGANISATIONS,
                    GraphWrites.CREATE_ORGANISATIONS, absentFrom(NodeLabel.Organisation), false);
            this.alliances = new Sink(ALLIANCES, GraphWrites.WRITE_ALLIANCES,
                    GraphWrites.CREATE_ALLIANCES, absentFrom(NodeLabel.Alliance), false);
            // A membership of an alliance this import created cannot exist yet.
            this.memberships = new Sink(MEMBERSHIPS, GraphWrites.WRITE_MEMBERSHIPS, GraphWrites.CREATE_MEMBERSHIPS,
                    batch -> row -> alliances.created.contains((String) row.get("alliance")), true);
        }

        /** Rows of a batch whose id the database does not hold yet (one index seek per row). */
        private Function<List<Map<String, Object>>, Predicate<Map<String, Object>>> absentFrom(NodeLabel label) {
            return batch -> {
                Set<String> present = existing(label, "id", ids(batch));
                return row -> !present.contains((String) row.get("id"));
            };
        }

        int acceptedRows() {
            return rowsAccepted.values().stream().mapToInt(Integer::intValue).sum();
        }

        /**
         * Accepted rows of a streamed file: their ids (for references) and, when writing, batches. Each
         * batch is split: rows new to the database go through the CREATE statement, the others
         * through the MERGE one.
         */
        final class Sink {
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

            Sink(CsvFile file, String merge, String create,
                    Function<List<Map<String, Object>>, Predicate<Map<String, Object>>> freshness, boolean concurrent) {
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

        void run() {
            // Each file is checked against the ids accepted from the files before it and the database.
            Set<String> sourceIds = new HashSet<>();
            read(SOURCES, true, sources, row -> {
                String id = row.text("id");
                String title = row.text("title");
                String url = row.text("url");
                checkUrl(row, "url", url);
                String date = row.text("date");
                if (date != null && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                    row.reject("date", "'" + date + "' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD");
                }
                if (id != null && !sourceIds.add(id)) {
                    row.reject("id", "source '" + id + "' appears twice in the file");
                }
                accept(row, sources, map("id", id, "title", title, "publisher", row.text("publisher"), "date", date,
                        "url", url, "kind", row.text("kind"), "file", row.text("file")));
            });
            Set<String> sourcesListed = Set.copyOf(sourceIds);
            sourceIds.retainAll(ids(sources));
            References sourceRefs = new References(NodeLabel.Source, "id", sourceIds, sourcesListed, "sources.csv");
            if (writer != null) {
                writer.write(SOURCES.name(), GraphWrites.WRITE_SOURCES, sources);
            }

            Set<String> programmeIds = new HashSet<>();
            read(PROGRAMMES, false, programmes, row -> {
                String id = row.text("id");
                LocalDate start = row.date("start_date");
                LocalDate end = row.date("end_date");
                row.checkOrder(start, end, "start_date", "end_date");
                String source = row.text("source");
                sourceRefs.check(row, "source", source);
                if (id != null && !programmeIds.add(id)) {
                    row.reject("id", "programme '" + id + "' appears twice in the file");
                }
                List<String> runBy = row.list("run_by");
                Map<String, Object> params = map("id", id, "name", row.text("name"), "acronym", row.text("acronym"),
                        "description", row.text("description"), "startDate", start, "endDate", end, "runBy", runBy,
                        "source", source, "quote", row.text("quote"), "page", row.text("page"));
                accept(row, programmes, params);
            });
            Set<String> programmesListed = Set.copyOf(programmeIds);
            programmeIds.retainAll(ids(programmes));
            References programmeRefs = new References(NodeLabel.Programme, "id", programmeIds, programmesListed, "programmes.csv");
            if (writer != null) {
                writer.write(PROGRAMMES.name(), GraphWrites.WRITE_PROGRAMMES, programmes);
            }

            Set<String> organisationIds = new HashSet<>();
            stream(organisations, true, row -> {
                String id = row.text("id");
                OrganisationKind kind = row.enumValue("kind", OrganisationKind.class);
                String siren = Identifiers.normaliseSiren(row.text("siren"));
                if (siren != null) {
                    Identifiers.sirenProblem(siren).ifPresent(p -> row.reject("siren", p));
                }
                String rna = row.text("rna");
                if (rna != null) {
                    Identifiers.rnaProblem(rna).ifPresent(p -> row.reject("rna", p));
                }
                String website = row.text("website");
                checkUrl(row, "website", website);
                String territory = territoryId(row, "territory", row.text("territory"));
                checkTerritory(row, "territory", territory);
                String source = row.text("source");
                sourceRefs.check(row, "source", source);
                if (id != null && !organisationIds.add(id)) {
                    row.reject("id", "organisation '" + id + "' appears twice in the file");
                }
                Map<String, Object> params = map("id", id, "name", row.text("name"), "kind", kind == null ? null : kind.name(),
                        "acronym", row.text("acronym"), "territory", territory, "siren", siren, "rna", rna,
                        "size", row.text("size"), "sector", row.text("sector"), "website", website,
                        "inferred", nonEmpty(row.list("inferred")), "source", source, "quote", row.text("quote"),
                        "page", row.text("page"));
                accept(row, organisations, hashed(params));
            });
            References organisationRefs = new References(NodeLabel.Organisation, "id", organisations.ids, organisationIds,
                    "organisations.csv");
            // run_by names organisations, read after the programmes: checked now that those are known.
            checkRunBy(organisationRefs);
            if (writer != null) {
                writer.write(null, GraphWrites.WRITE_PROGRAMME_RUNNERS, programmes);
            }

            Set<String> allianceIds = new HashSet<>();
            References sdgRefs = new References(NodeLabel.SdgTarget, "code", Set.of(), Set.of(), null);
            stream(alliances, true, row -> {
                String id = row.text("id");
                AllianceMode mode = row.enumValue("mode", AllianceMode.class);
                AllianceStatus status = row.enumValue("status", AllianceStatus.class);
                InnovationPhase phase = row.enumValue("phase", InnovationPhase.class);
                LocalDate phaseSince = row.date("phase_since");
                LocalDate start = row.date("start_date");
                LocalDate end = row.date("end_date");
                row.checkOrder(start, end, "start_date", "end_date");
                List<String> territories = new ArrayList<>();
                for (String t : row.list("territories")) {
                    String normalised = territoryId(row, "territories", t);
                    if (normalised != null) {
                        checkTerritory(row, "territories", normalised);
                        territories.add(normalised);
                    }
                }
                List<String> sdgTargets = row.list("sdg_targets");
                sdgTargets.forEach(code -> sdgRefs.check(row, "sdg_targets", code));
                EvidenceBasis basis = row.enumValue("sdg_basis", EvidenceBasis.class);
                if (!sdgTargets.isEmpty() && basis == null && row.ok()) {
                    row.reject("sdg_basis", "say why the alliance contributes to " + sdgTargets
                            + ": SOURCE (a source states it) or PURPOSE (inferred from its purpose)");
                }
                List<String> fragility = row.list("fragility_domains");
                fragility.stream().filter(c -> !fragilityCodes.contains(c)).forEach(c -> row.reject("fragility_domains",
                        "'" + c + "' is not a known fragility domain; known: " + fragilityCodes));
                List<String> impacts = row.list("impacts");
                impacts.stream().filter(c -> !impactCodes.contains(c)).forEach(c -> row.reject("impacts",
                        "'" + c + "' is not a known impact type; known: " + impactCodes));
                List<String> programmesOfRow = row.list("programmes");
                programmesOfRow.forEach(p -> programmeRefs.check(row, "programmes", p));
                String source = row.text("source");
                sourceRefs.check(row, "source", source);
                if (id != null && !allianceIds.add(id)) {
                    row.reject("id", "alliance '" + id + "' appears twice in the file");
                }
                Map<String, Object> params = map("id", id, "name", row.text("name"), "mode", name(mode),
                        "status", status == null ? AllianceStatus.INCONNU.name() : status.name(), "phase", name(phase),
                        "phaseSince", phaseSince, "startDate", start, "endDate", end,
                        "objectives", row.text("objectives"), "territories", territories, "sdgTargets", sdgTargets,
                        "sdgBasis", name(basis), "sdgNote", row.text("sdg_note"), "fragilityDomains", fragility,
                        "impacts", impacts, "programmes", programmesOfRow, "inferred", nonEmpty(row.list("inferred")),
                        "source", source, "quote", row.text("quote"), "page", row.text("page"));
                accept(row, alliances, hashed(params));
            });
            References allianceRefs = new References(NodeLabel.Alliance, "id", alliances.ids, allianceIds, "alliances.csv");

            read(PHASES, false, phases, row -> {
                String alliance = row.text("alliance");
                allianceRefs.check(row, "alliance", alliance);
                InnovationPhase phase = row.enumValue("phase", InnovationPhase.class);
                LocalDate since = row.date("since");
                LocalDate until = row.date("until");
                row.checkOrder(since, until, "since", "until");
                String source = row.text("source");
                if (source != null) {
                    sourceRefs.check(row, "source", source);
                }
                accept(row, phases, map("alliance", alliance, "phase", name(phase), "since", since, "until", until,
                        "source", source, "quote", row.text("quote"), "page", row.text("page")));
            });
            if (writer != null) {
                writer.write(PHASES.name(), GraphWrites.WRITE_PHASES, phases);
                // A created alliance got its current phase from its row; merged ones and those the
                // phases file names need their phases closed and current phase recomputed.
                Set<String> phased = new HashSet<>(alliances.ids);
                phased.removeAll(alliances.created);
                phases.forEach(ph -> phased.add((String) ph.get("alliance")));
                List<Map<String, Object>> idRows = phased.stream().map(i -> Map.<String, Object>of("id", i)).toList();
                writer.closePhases(idRows);
            }

            Set<String> membershipKeys = new HashSet<>();
            stream(memberships, true, row -> {
                String alliance = row.text("alliance");
                String organisation = row.text("organisation");
                allianceRefs.check(row, "alliance", alliance);
                organisationRefs.check(row, "organisation", organisation);
                PartnerRole role = row.enumValue("role", PartnerRole.class);
                LocalDate since = row.date("since");
                LocalDate until = row.date("until");
                row.checkOrder(since, until, "since", "until");
                String source = row.text("source");
                sourceRefs.check(row, "source", source);
                if (!membershipKeys.add(alliance + "\u0000" + organisation + "\u0000" + role)) {
                    row.reject("role", "'" + organisation + "' is listed twice as " + role + " of '" + alliance + "'");
                }
                accept(row, memberships, map("alliance", alliance, "organisation", organisation, "role", name(role),
                        "since", since, "until", until, "inferred", nonEmpty(row.list("inferred")), "source", source,
                        "quote", row.text("quote"), "page", row.text("page")));
            });

            Map<CitedKind, References> cited = Map.of(CitedKind.ORGANISATION, organisationRefs,
                    CitedKind.ALLIANCE, allianceRefs, CitedKind.PROGRAMME, programmeRefs);
            read(CITATIONS, false, citations, row -> {
                CitedKind kind = row.enumValue("kind", CitedKind.class);
                String id = row.text("id");
                if (kind != null) {
                    cited.get(kind).check(row, "id", id);
                }
                String source = row.text("source");
                sourceRefs.check(row, "source", source);
                accept(row, citations, map("kind", name(kind), "id", id, "source", source, "quote", row.text("quote"),
                        "page", row.text("page")));
            });
            if (writer != null) {
                for (CitedKind kind : CitedKind.values()) {
                    writer.write(CITATIONS.name(), GraphWrites.writeCitations(kind.label),
                            citations.stream().filter(c -> kind.name().equals(c.get("kind"))).toList());
                }
            }
            read(SDG_CONTRIBUTIONS, false, contributions, row -> {
                String alliance = row.text("alliance");
                allianceRefs.check(row, "alliance", alliance);
                String target = row.text("target");
                sdgRefs.check(row, "target", target);
                EvidenceBasis basis = row.enumValue("basis", EvidenceBasis.class);
                accept(row, contributions, map("alliance", alliance, "target", target, "basis", name(basis),
                        "note", row.text("note")));
            });
            if (writer != null) {
                writer.write(SDG_CONTRIBUTIONS.name(), GraphWrites.WRITE_SDG_CONTRIBUTIONS, contributions);
            }
        }

        private void stream(Sink sink, boolean required, Consumer<CsvFile.Row> perRow) {
            Optional<Reader> reader = input.open(sink.file.name());
            if (reader.isEmpty()) {
                if (required) {
                    missing(sink.file);
                }
                return;
            }
            sink.started = System.nanoTime();
            int read = sink.file.read(reader.get(), errors, counting(sink.file, perRow));
            sink.flush();
            if (writer != null) {
                writer.await();
            }
            rowsRead.put(sink.file.name(), read);
            rowsAccepted.put(sink.file.name(), sink.count);
        }

        /** Counts, per file, the rows rejected only because a row they refer to was. */
        private Consumer<CsvFile.Row> counting(CsvFile file, Consumer<CsvFile.Row> perRow) {
            rowsRejectedForReferences.putIfAbsent(file.name(), 0);
            return row -> {
                perRow.accept(row);
                if (writer == null) {
                    progress.checked(file.name());
                }
                if (row.rejectedForReferencesOnly()) {
                    rowsRejectedForReferences.merge(file.name(), 1, Integer::sum);
                }
            };
        }

        private void missing(CsvFile file) {
            errors.add(new RowError(file.name(), 0, null, "file missing from " + input.description()
                    + "; an import folder needs sources.csv, organisations.csv, alliances.csv, memberships.csv"));
        }

        private void accept(CsvFile.Row row, Sink sink, Map<String, Object> params) {
            if (row.ok()) {
                sink.add(params);
            }
        }

        private void checkTerritory(CsvFile.Row row, String column, String id) {
            if (id != null && !territoryIds.contains(id)) {
                row.reject(column, "territory '" + id + "' does not exist; use a current code (" + TerritoryIds.FORMS + ")");
            }
        }

        private void read(CsvFile file, boolean required, List<Map<String, Object>> target, Consumer<CsvFile.Row> perRow) {
            Optional<Reader> reader = input.open(file.name());
            if (reader.isEmpty()) {
                if (required) {
                    missing(file);
                }
                return;
            }
            int before = target.size();
            int read = file.read(reader.get(), errors, counting(file, perRow));
            rowsRead.put(file.name(), read);
            rowsAccepted.put(file.name(), target.size() - before);
        }

        private void accept(CsvFile.Row row, List<Map<String, Object>> target, Map<String, Object> params) {
            if (row.ok()) {
                params.put("_line", row.line());
                target.add(params);
            }
        }

        @SuppressWarnings("unchecked")
        private void checkRunBy(References organisationRefs) {
            List<Map<String, Object>> kept = new ArrayList<>();
            for (Map<String, Object> p : programmes) {
                List<String> missing = ((List<String>) p.get("runBy")).stream()
                        .filter(o -> !organisationRefs.known(o)).toList();
                if (missing.isEmpty()) {
                    kept.add(p);
                } else {
                    errors.add(new RowError("programmes.csv", (Long) p.get("_line"), "run_by",
                            "organisation(s) " + missing + " not found in organisations.csv nor in the database"));
                }
            }
            programmes.retainAll(kept);
            rowsAccepted.computeIfPresent("programmes.csv", (k, n) -> kept.size());
        }

        /** The row with its content hash when it is to be written (pass 2); pass 1 only counts rows. */
        private Map<String, Object> hashed(Map<String, Object> params) {
            return writer == null ? params : GraphWrites.withContentHash(params);
        }

        private void checkUrl(CsvFile.Row row, String column, String url) {
            Identifiers.urlProblem(url).ifPresent(problem -> row.reject(column, problem));
        }

        private String territoryId(CsvFile.Row row, String column, String text) {
            if (text == null) {
                return null;
            }
            Optional<String> id = TerritoryIds.normalise(text);
            if (id.isEmpty()) {
                row.reject(column, "'" + text + "' is not a territory code; write " + TerritoryIds.FORMS);
            }
            return id.orElse(null);
        }

        /** References to one kind of node: ids accepted from the files, else looked up in the database. */
        private final class References {
            final NodeLabel label;
            final String key;
            final Set<String> fromFiles;
            /** Every id the file listed, accepted or not. */
            final Set<String> listed;
            final String file;
            final Map<String, Boolean> inDatabase = new HashMap<>();

            References(NodeLabel label, String key, Set<String> fromFiles, Set<String> listed, String file) {
                this.label = label;
                this.key = key;
                this.fromFiles = fromFiles;
                this.listed = listed;
                this.file = file;
            }

            boolean known(String id) {
                return fromFiles.contains(id) || inDatabase.computeIfAbsent(id,
                        i -> !existing(label, key, Set.of(i)).isEmpty());
            }

            void check(CsvFile.Row row, String column, String id) {
                if (id != null && !known(id)) {
                    if (listed.contains(id)) {
                        row.rejectForReference(column, label.name() + " '" + id + "' was rejected in " + file
                                + " (its own problem is reported there): this row goes with it");
                    } else {
                        row.reject(column, label.name() + " '" + id + "' not found" + (file == null ? "" : " in " + file)
                                + " nor in the database");
                    }
                }
            }
        }
    }

    private Set<String> codes(String query) {
        return new HashSet<>(client.query(query).fetchAs(String.class).all());
    }

    private Set<String> existing(NodeLabel label, String key, Set<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        // Label and key come from code (enum and literal), never from the input.
        return new HashSet<>(client.query("UNWIND $ids AS id MATCH (n:" + label.cypher() + " {" + key + ": id}) RETURN id")
                .bind(List.copyOf(ids)).to("ids").fetchAs(String.class).all());
    }

    private static Set<String> ids(List<Map<String, Object>> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add((String) r.get("id")));
        return ids;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * A row's parameters without its empty values: {@code row.x} reads null either way, and every
     * absent key is one value less to encode, send and decode (measured: a membership batch's
     * parameters cost 18 ms instead of 23).
     */
    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = HashMap.newHashMap(keyValues.length / 2 + 1);
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }

    /** No list rather than an empty one, so that no empty array property is stored. */
    private static List<String> nonEmpty(List<String> values) {
        return values.isEmpty() ? null : values;
    }

    // ---------------------------------------------------------------- writing
}

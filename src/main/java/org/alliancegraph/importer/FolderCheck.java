package org.alliancegraph.importer;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.graph.TerritoryIds;
import org.alliancegraph.territory.TerritoryPlaces;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.AllianceStatus;
import org.alliancegraph.vocabulary.EvidenceBasis;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.vocabulary.PartnerRole;
import org.alliancegraph.writing.GraphWrites;
import org.alliancegraph.writing.WriteRows.AllianceRow;
import org.alliancegraph.writing.WriteRows.CitationRow;
import org.alliancegraph.writing.WriteRows.MembershipRow;
import org.alliancegraph.writing.WriteRows.OrganisationRow;
import org.alliancegraph.writing.WriteRows.PhaseRow;
import org.alliancegraph.writing.WriteRows.ProgrammeRow;
import org.alliancegraph.writing.WriteRows.SdgContributionRow;
import org.alliancegraph.writing.WriteRows.SourceRow;
import org.alliancegraph.writing.WriteRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * One pass over an import folder: reads each file ({@link CsvFile}), makes each row a typed record
 * ({@code WriteRows}: its own value rules are the mutations' too), checks its references against the
 * rows accepted from the files before it and the database, and hands the accepted rows to its
 * {@link AcceptedRows}: counted in the first pass, written in the second (the same checks, so the
 * second pass takes exactly the rows the first accepted).
 */
final class FolderCheck {
    private static final Logger log = LoggerFactory.getLogger(FolderCheck.class);

    private final Neo4jClient client;
    final ImportInput input;
    final ImportService.Errors errors = new ImportService.Errors();
    final Map<String, Integer> rowsRead = new LinkedHashMap<>();
    final Map<String, Integer> rowsAccepted = new LinkedHashMap<>();
    final Map<String, Integer> rowsRejectedForReferences = new LinkedHashMap<>();
    // Small files are held; the large ones (organisations, alliances, memberships) stream through sinks.
    final List<Map<String, Object>> sources = new ArrayList<>();
    final List<Map<String, Object>> programmes = new ArrayList<>();
    final List<Map<String, Object>> phases = new ArrayList<>();
    final List<Map<String, Object>> citations = new ArrayList<>();
    final List<Map<String, Object>> contributions = new ArrayList<>();
    final RowSink organisations;
    final RowSink alliances;
    final RowSink memberships;
    final Set<String> fragilityCodes;
    final Set<String> impactCodes;
    final Set<String> territoryIds;
    /** The tree the rows' places are computed from (pass 2). */
    final TerritoryPlaces places;
    /** What the accepted rows go to: counted (first pass) or written (second pass). */
    final AcceptedRows target;

    FolderCheck(Neo4jClient client, ImportInput input, TerritoryPlaces places, AcceptedRows target) {
        this.client = client;
        this.places = places;
        this.input = input;
        this.territoryIds = places.ids();
        this.target = target;
        BatchWriter writer = target.batches();
        this.fragilityCodes = codes("MATCH (n:FragilityDomain) RETURN n.code AS code");
        this.impactCodes = codes("MATCH (n:ImpactType) RETURN n.code AS code");
        // Node files are written one batch at a time (the next one is read meanwhile): two writers made
        // organisations and alliances slower in half the runs, while memberships gained from them.
        this.organisations = new RowSink(writer, ImportFiles.ORGANISATIONS, GraphWrites.WRITE_ORGANISATIONS,
                GraphWrites.CREATE_ORGANISATIONS, absentFrom(NodeLabel.Organisation), false);
        this.alliances = new RowSink(writer, ImportFiles.ALLIANCES, GraphWrites.WRITE_ALLIANCES,
                GraphWrites.CREATE_ALLIANCES, absentFrom(NodeLabel.Alliance), false);
        // A membership of an alliance this import created cannot exist yet.
        this.memberships = new RowSink(writer, ImportFiles.MEMBERSHIPS, GraphWrites.WRITE_MEMBERSHIPS, GraphWrites.CREATE_MEMBERSHIPS,
                batch -> row -> alliances.created.contains((String) row.get("alliance")), true);
    }

    /** Rows of a batch whose id the database does not hold yet (one index seek per row). */
    private Function<List<Map<String, Object>>, Predicate<Map<String, Object>>> absentFrom(NodeLabel label) {
        return batch -> {
            Set<String> present = existing(label, "id", ids(batch));
            return row -> !present.contains((String) row.get("id"));
        };
    }

    /** The ids of the sources accepted from sources.csv. */
    List<String> sourceIds() {
        return sources.stream().map(s -> (String) s.get("id")).toList();
    }

    int acceptedRows() {
        return rowsAccepted.values().stream().mapToInt(Integer::intValue).sum();
    }

    void run() {
        // Each file is checked against the ids accepted from the files before it and the database.
        Set<String> sourceIds = new HashSet<>();
        read(ImportFiles.SOURCES, true, sources, row -> {
            SourceRow source = new SourceRow(row.text("id"), row.text("title"), row.text("publisher"), row.text("date"),
                    row.text("url"), row.text("kind"), row.text("file"));
            row.reject(source.problems(WriteRows.CSV_COLUMNS));
            once(row, sourceIds, "source", source.id());
            accept(row, sources, source.parameters());
        });
        References sourceRefs = held(NodeLabel.Source, sourceIds, sources, "sources.csv");
        target.held(ImportFiles.SOURCES.name(), GraphWrites.WRITE_SOURCES, sources);

        Set<String> programmeIds = new HashSet<>();
        read(ImportFiles.PROGRAMMES, false, programmes, row -> {
            ProgrammeRow programme = new ProgrammeRow(row.text("id"), row.text("name"), row.text("acronym"),
                    row.text("description"), row.date("start_date"), row.date("end_date"), row.list("run_by"),
                    row.text("source"), row.text("quote"), row.text("page"));
            row.reject(programme.problems(WriteRows.CSV_COLUMNS));
            sourceRefs.check(row, "source", programme.source());
            once(row, programmeIds, "programme", programme.id());
            accept(row, programmes, programme.parameters());
        });
        References programmeRefs = held(NodeLabel.Programme, programmeIds, programmes, "programmes.csv");
        target.held(ImportFiles.PROGRAMMES.name(), GraphWrites.WRITE_PROGRAMMES, programmes);

        Set<String> organisationIds = new HashSet<>();
        stream(organisations, true, row -> {
            String territory = territoryId(row, "territory", row.text("territory"));
            checkTerritory(row, "territory", territory);
            OrganisationRow organisation = new OrganisationRow(row.text("id"), row.text("name"),
                    row.enumValue("kind", OrganisationKind.class), row.text("acronym"), territory, row.text("siren"),
                    row.text("rna"), row.text("size"), row.text("sector"), row.text("website"), row.list("inferred"),
                    row.text("source"), row.text("quote"), row.text("page"));
            row.reject(organisation.problems(WriteRows.CSV_COLUMNS));
            sourceRefs.check(row, "source", organisation.source());
            once(row, organisationIds, "organisation", organisation.id());
            accept(row, organisations, target.prepared(organisation.parameters(), params -> {
                TerritoryPlaces.PlaceIds at = places.placeIds(territory);
                GraphWrites.withPlaceKeys(params, at.departements(), at.regions());
            }));
        });
        References organisationRefs = new References(NodeLabel.Organisation, "id", organisations.ids, organisationIds,
                "organisations.csv");
        // run_by names organisations, read after the programmes: checked now that those are known.
        checkRunBy(organisationRefs);
        target.held(null, GraphWrites.WRITE_PROGRAMME_RUNNERS, programmes);

        Set<String> allianceIds = new HashSet<>();
        References sdgRefs = new References(NodeLabel.SdgTarget, "code", Set.of(), Set.of(), null);
        stream(alliances, true, row -> {
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
            List<String> fragility = row.list("fragility_domains");
            fragility.stream().filter(c -> !fragilityCodes.contains(c)).forEach(c -> row.reject("fragility_domains",
                    "'" + c + "' is not a known fragility domain; known: " + fragilityCodes));
            List<String> impacts = row.list("impacts");
            impacts.stream().filter(c -> !impactCodes.contains(c)).forEach(c -> row.reject("impacts",
                    "'" + c + "' is not a known impact type; known: " + impactCodes));
            List<String> programmesOfRow = row.list("programmes");
            programmesOfRow.forEach(p -> programmeRefs.check(row, "programmes", p));
            AllianceRow alliance = new AllianceRow(row.text("id"), row.text("name"),
                    row.enumValue("mode", AllianceMode.class), row.enumValue("status", AllianceStatus.class),
                    row.enumValue("phase", InnovationPhase.class), row.date("phase_since"), row.date("start_date"),
                    row.date("end_date"), row.text("objectives"), territories, sdgTargets,
                    row.enumValue("sdg_basis", EvidenceBasis.class), row.text("sdg_note"), fragility, impacts,
                    programmesOfRow, row.list("inferred"), row.text("source"), row.text("quote"), row.text("page"));
            row.reject(alliance.problems(WriteRows.CSV_COLUMNS));
            sourceRefs.check(row, "source", alliance.source());
            once(row, allianceIds, "alliance", alliance.id());
            accept(row, alliances, target.prepared(alliance.parameters(),
                    params -> GraphWrites.withPlaces(params, places.placeIds(territories).all())));
        });
        References allianceRefs = new References(NodeLabel.Alliance, "id", alliances.ids, allianceIds, "alliances.csv");

        read(ImportFiles.PHASES, false, phases, row -> {
            PhaseRow phase = new PhaseRow(row.text("alliance"), row.enumValue("phase", InnovationPhase.class),
                    row.date("since"), row.date("until"), row.text("source"), row.text("quote"), row.text("page"));
            row.reject(phase.problems(WriteRows.CSV_COLUMNS));
            allianceRefs.check(row, "alliance", phase.alliance());
            sourceRefs.check(row, "source", phase.source());
            accept(row, phases, phase.parameters());
        });
        target.held(ImportFiles.PHASES.name(), GraphWrites.WRITE_PHASES, phases);
        // A created alliance got its current phase from its row; merged ones and those the
        // phases file names need their phases closed and current phase recomputed.
        target.closePhases(() -> {
            Set<String> phased = new HashSet<>(alliances.ids);
            phased.removeAll(alliances.created);
            phases.forEach(ph -> phased.add((String) ph.get("alliance")));
            return phased.stream().map(i -> Map.<String, Object>of("id", i)).toList();
        });

        Set<String> membershipKeys = new HashSet<>();
        stream(memberships, true, row -> {
            MembershipRow membership = new MembershipRow(row.text("alliance"), row.text("organisation"),
                    row.enumValue("role", PartnerRole.class), row.date("since"), row.date("until"), row.list("inferred"),
                    row.text("source"), row.text("quote"), row.text("page"), row.text("speaker"));
            row.reject(membership.problems(WriteRows.CSV_COLUMNS));
            allianceRefs.check(row, "alliance", membership.alliance());
            organisationRefs.check(row, "organisation", membership.organisation());
            if (membership.speaker() != null) {
                organisationRefs.check(row, "speaker", membership.speaker());
            }
            sourceRefs.check(row, "source", membership.source());
            if (!membershipKeys.add(membership.alliance() + "\u0000" + membership.organisation() + "\u0000" + membership.role())) {
                row.reject("role", "'" + membership.organisation() + "' is listed twice as " + membership.role() + " of '"
                        + membership.alliance() + "'");
            }
            accept(row, memberships, membership.parameters());
        });

        Map<ImportFiles.CitedKind, References> cited = Map.of(ImportFiles.CitedKind.ORGANISATION, organisationRefs,
                ImportFiles.CitedKind.ALLIANCE, allianceRefs, ImportFiles.CitedKind.PROGRAMME, programmeRefs);
        read(ImportFiles.CITATIONS, false, citations, row -> {
            ImportFiles.CitedKind kind = row.enumValue("kind", ImportFiles.CitedKind.class);
            CitationRow citation = new CitationRow(kind == null ? null : kind.name(), row.text("id"), row.text("source"),
                    row.text("quote"), row.text("page"));
            if (kind != null) {
                cited.get(kind).check(row, "id", citation.id());
            }
            sourceRefs.check(row, "source", citation.source());
            accept(row, citations, citation.parameters());
        });
        for (ImportFiles.CitedKind kind : ImportFiles.CitedKind.values()) {
            target.held(ImportFiles.CITATIONS.name(), GraphWrites.writeCitations(kind.label),
                    citations.stream().filter(c -> kind.name().equals(c.get("kind"))).toList());
        }
        read(ImportFiles.SDG_CONTRIBUTIONS, false, contributions, row -> {
            SdgContributionRow contribution = new SdgContributionRow(row.text("alliance"), row.text("target"),
                    row.enumValue("basis", EvidenceBasis.class), row.text("note"));
            allianceRefs.check(row, "alliance", contribution.alliance());
            sdgRefs.check(row, "target", contribution.target());
            accept(row, contributions, contribution.parameters());
        });
        target.held(ImportFiles.SDG_CONTRIBUTIONS.name(), GraphWrites.WRITE_SDG_CONTRIBUTIONS, contributions);
    }

    private void stream(RowSink sink, boolean required, Consumer<CsvFile.Row> perRow) {
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
        target.streamedFileDone();
        rowsRead.put(sink.file.name(), read);
        rowsAccepted.put(sink.file.name(), sink.count);
    }

    /** Counts, per file, the rows rejected only because a row they refer to was. */
    private Consumer<CsvFile.Row> counting(CsvFile file, Consumer<CsvFile.Row> perRow) {
        rowsRejectedForReferences.putIfAbsent(file.name(), 0);
        return row -> {
            perRow.accept(row);
            target.checked(file.name());
            if (row.rejectedForReferencesOnly()) {
                rowsRejectedForReferences.merge(file.name(), 1, Integer::sum);
            }
        };
    }

    private void missing(CsvFile file) {
        errors.add(new RowError(file.name(), 0, null, "file missing from " + input.description()
                + "; an import folder needs sources.csv, organisations.csv, alliances.csv, memberships.csv"));
    }

    private void accept(CsvFile.Row row, RowSink sink, Map<String, Object> params) {
        if (row.ok()) {
            sink.add(params);
        }
    }

    /** References to the rows of a held file: {@code listed} are all the ids it had, {@code accepted} its rows kept. */
    private References held(NodeLabel label, Set<String> listed, List<Map<String, Object>> accepted, String file) {
        Set<String> kept = new HashSet<>(listed);
        kept.retainAll(ids(accepted));
        return new References(label, "id", kept, Set.copyOf(listed), file);
    }

    /** An id a file may list once: a second row with it is refused. */
    private static void once(CsvFile.Row row, Set<String> seen, String what, String id) {
        if (id != null && !seen.add(id)) {
            row.reject("id", what + " '" + id + "' appears twice in the file");
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
}

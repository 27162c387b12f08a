package org.alliancegraph.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.alliancegraph.graph.BulkTransactions;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.neo4j.StreamingReads;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The whole curated graph written back in the import format (docs/import-format.md), for backups
 * and moves: importing the folder into an empty database gives the same organisations, alliances,
 * programmes, sources, memberships, phases, links and provenance. A node's first source (by id) goes
 * in its row, the others in {@code citations.csv}; an SDG contribution whose basis or note differs
 * from its alliance's first one goes in {@code sdg_contributions.csv}. Versions start again at 1 and
 * the reference data (territories, SDG, vocabularies) is not written: the service loads its own.
 * One read transaction, so the files are one consistent state of the graph; rows are streamed.
 */
@Component
public class FolderExport {

    /** Where the files go: a folder, or the entries of a zip. */
    public interface Files {
        OutputStream open(String name) throws IOException;

        /** Called once the file is complete (a zip closes its entry). */
        default void done(String name, OutputStream out) throws IOException {
            out.close();
        }
    }

    /** Rows written per file, in the order the files were written. */
    public record Counts(Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    static final String SOURCES = CypherText.read("backup/sources.cypher");

    static final String PROGRAMMES = CypherText.read("backup/programmes.cypher");

    static final String ORGANISATIONS = CypherText.read("backup/organisations.cypher");

    static final String ALLIANCES = CypherText.read("backup/alliances.cypher");

    /** Dated phases; an undated one (a current phase given without its date) rides on the alliance row. */
    static final String PHASES = CypherText.read("backup/phases.cypher");

    static final String MEMBERSHIPS = CypherText.read("backup/memberships.cypher");

    private final StreamingReads reads;

    FolderExport(StreamingReads reads) {
        this.reads = reads;
    }

    /** Writes every file of the format to {@code files}; the optional ones even when empty. */
    public Counts write(Files files) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Session session = reads.session();
                Transaction tx = session.beginTransaction(TransactionConfig.builder()
                        .withTimeout(Duration.ofSeconds(BulkTransactions.TIMEOUT_SECONDS)).build())) {
            List<List<String>> citations = new ArrayList<>();
            counts.put("sources.csv", file(files, "sources.csv", List.of("id", "title", "publisher", "date", "url", "kind", "file"), tx.run(SOURCES), (r, out) ->
                    out.add(row(r, "id", "title", "publisher", "date", "url", "kind", "file"))));
            counts.put("programmes.csv", file(files, "programmes.csv", List.of("id", "name", "acronym", "description", "start_date", "end_date", "run_by", "source", "quote", "page"), tx.run(PROGRAMMES), (r, out) -> {
                List<String> row = row(r, "id", "name", "acronym", "description", "start_date", "end_date");
                row.add(joined(r.get("runBy")));
                out.add(withSources(row, r, "PROGRAMME", citations));
            }));
            counts.put("organisations.csv", file(files, "organisations.csv", List.of("id", "name", "kind", "acronym", "territory", "siren", "rna", "size", "sector", "website",
                            "inferred", "source", "quote", "page"), tx.run(ORGANISATIONS), (r, out) -> {
                List<String> row = row(r, "id", "name", "kind", "acronym", "territory", "siren", "rna", "size", "sector", "website");
                row.add(joined(r.get("inferred")));
                out.add(withSources(row, r, "ORGANISATION", citations));
            }));
            List<List<String>> contributions = new ArrayList<>();
            counts.put("alliances.csv", file(files, "alliances.csv", List.of("id", "name", "mode", "status", "phase", "phase_since", "start_date", "end_date",
                            "objectives", "territories", "sdg_targets", "sdg_basis", "sdg_note", "fragility_domains", "impacts", "programmes",
                            "inferred", "source", "quote", "page"), tx.run(ALLIANCES), (r, out) -> {
                List<String> row = row(r, "id", "name", "mode", "status", "undatedPhase");
                row.add(""); // phase_since: the dated phases are in phases.csv
                row.addAll(row(r, "start_date", "end_date", "objectives"));
                row.add(joined(r.get("territories")));
                List<Value> targets = r.get("targets").asList(v -> v);
                row.add(String.join(";", targets.stream().map(t -> t.get("target").asString()).toList()));
                Value first = targets.isEmpty() ? null : targets.getFirst();
                row.add(first == null ? "" : text(first.get("basis")));
                row.add(first == null ? "" : text(first.get("note")));
                for (Value t : targets.subList(Math.min(1, targets.size()), targets.size())) {
                    if (!Objects.equals(text(t.get("basis")), text(first.get("basis")))
                            || !Objects.equals(text(t.get("note")), text(first.get("note")))) {
                        contributions.add(List.of(r.get("id").asString(), t.get("target").asString(), text(t.get("basis")),
                                text(t.get("note"))));
                    }
                }
                row.add(joined(r.get("fragility")));
                row.add(joined(r.get("impacts")));
                row.add(joined(r.get("programmes")));
                row.add(joined(r.get("inferred")));
                out.add(withSources(row, r, "ALLIANCE", citations));
            }));
            counts.put("phases.csv", file(files, "phases.csv", List.of("alliance", "phase", "since", "until", "source", "quote", "page"), tx.run(PHASES), (r, out) ->
                    out.add(row(r, "alliance", "phase", "since", "until", "source", "quote", "page"))));
            counts.put("memberships.csv", file(files, "memberships.csv", List.of("alliance", "organisation", "role", "since", "until", "inferred", "source", "quote", "page", "speaker"), tx.run(MEMBERSHIPS), (r, out) -> {
                List<String> row = row(r, "alliance", "organisation", "role", "since", "until");
                row.add(joined(r.get("inferred")));
                row.addAll(row(r, "source", "quote", "page", "speaker"));
                out.add(row);
            }));
            counts.put("citations.csv", rows(files, "citations.csv", List.of("kind", "id", "source", "quote", "page"), citations));
            counts.put("sdg_contributions.csv", rows(files, "sdg_contributions.csv", List.of("alliance", "target", "basis", "note"), contributions));
            tx.rollback(); // read only
        }
        return new Counts(counts);
    }

    /** The row's own source (the first by id), the others kept for citations.csv. */
    private static List<String> withSources(List<String> row, Record r, String kind, List<List<String>> citations) {
        List<Value> sources = r.get("sources").asList(v -> v);
        Value first = sources.isEmpty() ? null : sources.getFirst();
        row.add(first == null ? "" : text(first.get("source")));
        row.add(first == null ? "" : text(first.get("quote")));
        row.add(first == null ? "" : text(first.get("page")));
        for (Value s : sources.subList(Math.min(1, sources.size()), sources.size())) {
            citations.add(List.of(kind, r.get("id").asString(), text(s.get("source")), text(s.get("quote")), text(s.get("page"))));
        }
        return row;
    }

    interface RowWriter {
        void rows(Record record, List<List<String>> out);
    }

    private static long file(Files files, String name, List<String> header, Result result, RowWriter perRecord) throws IOException {
        OutputStream stream = files.open(name);
        CSVPrinter printer = printer(stream, header);
        long count = 0;
        List<List<String>> out = new ArrayList<>(1);
        while (result.hasNext()) {
            perRecord.rows(result.next(), out);
            for (List<String> row : out) {
                printer.printRecord(row);
                count++;
            }
            out.clear();
        }
        printer.flush();
        files.done(name, stream);
        return count;
    }

    private static long rows(Files files, String name, List<String> header, List<List<String>> rows) throws IOException {
        OutputStream stream = files.open(name);
        CSVPrinter printer = printer(stream, header);
        for (List<String> row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
        files.done(name, stream);
        return rows.size();
    }

    /** RFC 4180 with the header written; never closed, so a zip's stream stays open for its next entry. */
    private static CSVPrinter printer(OutputStream stream, List<String> header) throws IOException {
        CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
        printer.printRecord(header);
        return printer;
    }

    private static List<String> row(Record r, String... keys) {
        List<String> row = new ArrayList<>(keys.length + 8);
        for (String key : keys) {
            row.add(text(r.get(key)));
        }
        return row;
    }

    /** Text as the importer reads it back: dates ISO, blank for null. */
    private static String text(Value value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return switch (value.type().name()) {
            case "DATE" -> value.asLocalDate().toString();
            case "STRING" -> value.asString();
            default -> String.valueOf(value.asObject());
        };
    }

    private static String joined(Value list) {
        if (list == null || list.isNull()) {
            return "";
        }
        return String.join(";", list.asList(FolderExport::text));
    }
}

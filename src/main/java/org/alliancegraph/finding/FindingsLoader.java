package org.alliancegraph.finding;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.graph.CypherText;
import org.alliancegraph.vocabulary.FindingTopic;
import org.alliancegraph.vocabulary.FindingUnit;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.vocabulary.Population;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads {@code demo/studies.csv} and {@code demo/findings.csv} (after the demonstration data, whose
 * organisations, programmes and sources they cite) in one transaction. A finding's first row gives
 * its fields; later rows with the same id add a source and its quote. The shipped files must be clean:
 * a value the vocabulary does not know stops the load with the file, line and column.
 */
@Component
public class FindingsLoader {

    static final String STUDIES = "demo/studies.csv";
    static final String FINDINGS = "demo/findings.csv";
    private static final String WRITE_STUDIES = CypherText.read("finding/write-studies.cypher");
    private static final String WRITE_FINDINGS = CypherText.read("finding/write-findings.cypher");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private final Neo4jClient client;
    private final TransactionTemplate transactions;

    FindingsLoader(Neo4jClient client, TransactionTemplate transactions) {
        this.client = client;
        this.transactions = transactions;
    }

    /** Writes the studies and findings; returns how many findings. */
    public int load() {
        List<Map<String, Object>> studies = new ArrayList<>();
        for (CSVRecord r : read(STUDIES)) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", r.get("id"));
            row.put("name", r.get("name"));
            row.put("programme", blank(r.get("programme")));
            row.put("runBy", list(r.get("run_by")));
            row.put("fieldwork", blank(r.get("fieldwork")));
            row.put("population", blank(r.get("population")));
            row.put("source", r.get("source"));
            row.put("quote", blank(r.get("quote")));
            row.put("page", blank(r.get("page")));
            studies.add(row);
        }
        Map<String, Map<String, Object>> findings = new LinkedHashMap<>();
        for (CSVRecord r : read(FINDINGS)) {
            Map<String, Object> citation = new HashMap<>();
            citation.put("source", r.get("source"));
            citation.put("quote", r.get("quote"));
            citation.put("page", blank(r.get("page")));
            Map<String, Object> finding = findings.get(r.get("id"));
            if (finding == null) {
                finding = finding(r);
                findings.put(r.get("id"), finding);
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> citations = (List<Map<String, Object>>) finding.get("citations");
            citations.add(citation);
        }
        List<Map<String, Object>> rows = List.copyOf(findings.values());
        transactions.executeWithoutResult(tx -> {
            client.query(WRITE_STUDIES).bind(studies).to("rows").run();
            client.query(WRITE_FINDINGS).bind(rows).to("rows").run();
        });
        return rows.size();
    }

    private static Map<String, Object> finding(CSVRecord r) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", r.get("id"));
        row.put("study", blank(r.get("study")));
        try {
            row.put("value", Double.parseDouble(r.get("value")));
        } catch (NumberFormatException e) {
            throw problem(r, "value", "'" + r.get("value") + "' is not a number");
        }
        row.put("unit", known(r, "unit", FindingUnit.class));
        row.put("population", known(r, "population", Population.class));
        row.put("topic", known(r, "topic", FindingTopic.class));
        String period = blank(r.get("period"));
        row.put("period", period);
        List<Integer> years = new ArrayList<>();
        if (period != null) {
            Matcher m = YEAR.matcher(period);
            while (m.find()) {
                years.add(Integer.parseInt(m.group(1)));
            }
        }
        row.put("year", years.isEmpty() ? null : years.getLast());
        row.put("territory", blank(r.get("territory")));
        row.put("statementFr", r.get("statement_fr"));
        row.put("statementEn", r.get("statement_en"));
        List<String> kinds = list(r.get("actor_kinds"));
        kinds.forEach(k -> {
            try {
                OrganisationKind.valueOf(k);
            } catch (IllegalArgumentException e) {
                throw problem(r, "actor_kinds", "'" + k + "' is not an organisation kind");
            }
        });
        row.put("actorKinds", kinds);
        row.put("fragilityDomains", list(r.get("fragility_domains")));
        row.put("sdgTargets", list(r.get("sdg_targets")));
        row.put("updates", blank(r.get("updates")));
        row.put("note", blank(r.get("note")));
        row.put("citations", new ArrayList<Map<String, Object>>());
        return row;
    }

    private static <E extends Enum<E>> String known(CSVRecord r, String column, Class<E> type) {
        try {
            return Enum.valueOf(type, r.get(column)).name();
        } catch (IllegalArgumentException e) {
            throw problem(r, column, "'" + r.get(column) + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static IllegalStateException problem(CSVRecord r, String column, String message) {
        return new IllegalStateException(FINDINGS + ":" + (r.getRecordNumber() + 1) + " [" + column + "] " + message);
    }

    static List<CSVRecord> read(String path) {
        try (Reader in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(path + " is missing from the classpath", e);
        }
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static List<String> list(String v) {
        return v == null || v.isBlank() ? new ArrayList<>() : new ArrayList<>(Arrays.stream(v.split(";")).map(String::strip).toList());
    }
}

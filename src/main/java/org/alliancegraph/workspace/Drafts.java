package org.alliancegraph.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.graph.CalendarDates;
import org.alliancegraph.graph.Labelled;
import org.alliancegraph.importer.RowError;
import org.alliancegraph.territory.TerritoryNames;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.AllianceStatus;
import org.alliancegraph.vocabulary.EvidenceBasis;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.vocabulary.PartnerRole;

/**
 * The rows of an upload's sheets, each as the import format's columns with the values people write
 * turned into its values (dates, territories, codes); not yet given ids. Problems name the sheet, the
 * row as the spreadsheet numbers it and the column by its header; unknown columns are noted, not refused.
 */
final class Drafts {

    /** Where a value came from: the sheet, its row number (1: the header's row, for a one-line header). */
    record Origin(String sheet, int row) {
    }

    /** One row of a sheet: its cells by the import format's column names, and the header each came from. */
    record Draft(Columns.Kind kind, Origin origin, Map<String, String> cells, Map<String, String> headers) {

        String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v;
        }
    }

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final List<String> DATES = List.of("since", "until", "start_date", "end_date", "phase_since", "date");
    private static final List<String> CODES = List.of("kind", "mode", "role", "status", "phase", "sdg_basis");

    /** Per column, each code's French and English labels (as {@link Columns#plain}, upper case) to the code. */
    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "kind", labels(OrganisationKind.values()), "mode", labels(AllianceMode.values()),
            "role", labels(PartnerRole.values()), "status", labels(AllianceStatus.values()),
            "phase", labels(InnovationPhase.values()), "sdg_basis", labels(EvidenceBasis.values()));

    private static Map<String, String> labels(Labelled[] values) {
        Map<String, String> byLabel = new HashMap<>();
        for (Labelled v : values) {
            String code = ((Enum<?>) v).name();
            byLabel.put(Columns.plain(v.labelFr()).toUpperCase(Locale.ROOT), code);
            byLabel.put(Columns.plain(v.labelEn()).toUpperCase(Locale.ROOT), code);
        }
        return byLabel;
    }

    final List<Draft> rows = new ArrayList<>();
    final List<RowError> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    private final TerritoryNames territories;

    Drafts(TerritoryNames territories) {
        this.territories = territories;
    }

    void read(Sheet sheet) {
        int headerIndex = 0;
        while (headerIndex < sheet.rows().size() && sheet.rows().get(headerIndex).stream().allMatch(String::isBlank)) {
            headerIndex++;
        }
        if (headerIndex == sheet.rows().size()) {
            return;
        }
        List<String> header = sheet.rows().get(headerIndex);
        Columns.Kind kind = Columns.kindOf(sheet.name(), header);
        if (kind == null) {
            problems.add(new RowError(sheet.name(), headerIndex + 1, null, "this sheet's kind cannot be told: name it "
                    + "organisations, alliances, partenaires or sources, or start from the template's headers"));
            return;
        }
        notes.add(sheet.name() + " : " + label(kind) + " (" + sheet.reading() + ")");
        List<String> columns = new ArrayList<>();
        for (String h : header) {
            String column = h.isBlank() ? null : Columns.column(kind, h);
            if (!h.isBlank() && column == null) {
                notes.add(sheet.name() + " : colonne « " + h.strip() + " » ignorée (inconnue pour " + label(kind) + ")");
            }
            columns.add(column != null && columns.contains(column) ? null : column);
        }
        for (int i = headerIndex + 1; i < sheet.rows().size(); i++) {
            List<String> cells = sheet.rows().get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Origin origin = new Origin(sheet.name(), i + 1);
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> headers = new LinkedHashMap<>();
            for (int c = 0; c < Math.min(cells.size(), columns.size()); c++) {
                String column = columns.get(c);
                String value = cells.get(c).strip();
                if (column == null || value.isEmpty()) {
                    continue;
                }
                headers.put(column, header.get(c).strip());
                String converted = convert(column, value, origin, header.get(c).strip());
                if (converted != null) {
                    values.put(column, converted);
                }
            }
            rows.add(new Draft(kind, origin, values, headers));
        }
    }

    static String label(Columns.Kind kind) {
        return switch (kind) {
            case SOURCES -> "sources";
            case ORGANISATIONS -> "organisations";
            case ALLIANCES -> "alliances";
            case PARTNERS -> "partenaires (organisation, alliance, rôle)";
        };
    }

    /** The import format's value for a cell, or null (with a problem) when it has none. */
    private String convert(String column, String value, Origin origin, String header) {
        if (DATES.contains(column)) {
            return date(value, origin, header);
        }
        if (CODES.contains(column)) {
            // The codes' labels work as the codes do: "Mécénat", "Partenaire académique", "entreprise sociale".
            String code = Columns.plain(value).toUpperCase(Locale.ROOT);
            return LABELS.getOrDefault(column, Map.of()).getOrDefault(code, code);
        }
        if (column.equals("territory")) {
            return territory(value, origin, header);
        }
        if (column.equals("territories") || column.equals("alliance_territories")) {
            List<String> ids = new ArrayList<>();
            for (String part : value.split("\\s*;\\s*")) {
                String id = part.isBlank() ? null : territory(part, origin, header);
                if (id != null) {
                    ids.add(id);
                }
            }
            return String.join(";", ids);
        }
        if (column.equals("siren")) {
            String digits = value.replaceAll("[\\s.]", "");
            // A SIRET's first nine digits are its SIREN.
            return digits.matches("\\d{14}") ? digits.substring(0, 9) : digits;
        }
        if (column.equals("sdg_targets") || column.equals("programmes") || column.equals("fragility_domains")
                || column.equals("impacts")) {
            return String.join(";", List.of(value.split("\\s*[;,]\\s*")));
        }
        return value;
    }

    private String territory(String value, Origin origin, String header) {
        TerritoryNames.Found found = territories.find(value);
        if (found.problem() != null) {
            problems.add(new RowError(origin.sheet(), origin.row(), header, found.problem()));
        }
        return found.id();
    }

    /** JJ/MM/AAAA (also with - or .), AAAA-MM-JJ, AAAA-MM, AAAA. */
    private String date(String value, Origin origin, String header) {
        Matcher dayFirst = DAY_FIRST.matcher(value);
        Matcher iso = ISO.matcher(value);
        int year;
        int month;
        int day;
        if (dayFirst.matches()) {
            day = Integer.parseInt(dayFirst.group(1));
            month = Integer.parseInt(dayFirst.group(2));
            year = Integer.parseInt(dayFirst.group(3));
        } else if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else if (value.matches("\\d{4}(-\\d{2})?")) {
            return value;
        } else {
            problems.add(new RowError(origin.sheet(), origin.row(), header, "'" + value
                    + "' is not a date; write JJ/MM/AAAA (05/11/2018) or AAAA-MM-JJ, or a year alone"));
            return null;
        }
        var problem = CalendarDates.problem(year, month, day);
        if (problem.isPresent()) {
            problems.add(new RowError(origin.sheet(), origin.row(), header, "'" + value + "' is not a date: " + problem.get()));
            return null;
        }
        return "%04d-%02d-%02d".formatted(year, month, day);
    }
}

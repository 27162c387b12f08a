package org.alliancegraph.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.graph.CalendarDates;
import org.alliancegraph.graph.TextRules;
import org.alliancegraph.writing.WriteRows;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * One CSV file of an import folder: its header is checked against the known columns, and each row is
 * offered as a {@link Row} whose typed getters record problems instead of throwing, so one pass
 * reports every bad cell of a row.
 */
final class CsvFile {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*;\\s*");
    // Compiled once: a national file has millions of dates and enum values (String.matches compiles per call).
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern CANONICAL = Pattern.compile("[A-Z0-9_]+");
    /** commons-csv's message for a quote never closed, with the line the cell started on. */
    private static final Pattern UNCLOSED = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

    private final String name;
    private final Set<String> required;
    private final Set<String> known;
    private final Map<String, TextRules.Kind> kinds = new HashMap<>();

    CsvFile(String name, List<String> required, List<String> optional) {
        this.name = name;
        this.required = new LinkedHashSet<>(required);
        this.known = new LinkedHashSet<>(required);
        this.known.addAll(optional);
        known.forEach(column -> kinds.put(column, TextRules.kindOf(column)));
    }

    String name() {
        return name;
    }

    /**
     * Reads every row; header problems are reported as errors on line 1 and no row is offered. Every
     * problem names the physical line (blank lines and multi-line cells counted), so an editor's
     * "go to line" finds it.
     */
    int read(Reader reader, List<RowError> errors, Consumer<Row> consumer) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        int count = 0;
        LineTrackingReader lines = new LineTrackingReader(reader);
        try (lines; CSVParser parser = format.parse(lines)) {
            List<String> header = parser.getHeaderNames();
            boolean headerOk = true;
            for (String column : required) {
                if (!header.contains(column)) {
                    errors.add(new RowError(name, 1, column, "missing required column '" + column
                            + "'; the header must name at least " + required));
                    headerOk = false;
                }
            }
            Set<String> seen = new HashSet<>();
            for (String column : header) {
                if (!seen.add(column)) {
                    errors.add(new RowError(name, 1, column, "column '" + column + "' appears twice in the header; "
                            + "keep one (which of the two cells should count cannot be guessed)"));
                    headerOk = false;
                } else if (!known.contains(column)) {
                    errors.add(new RowError(name, 1, column, "unknown column '" + column + "'; known columns are " + known));
                    headerOk = false;
                }
            }
            if (!headerOk) {
                return 0;
            }
            Map<String, Integer> columns = new HashMap<>();
            // Each position's rule, looked up once per file: the check runs on every cell of every row.
            TextRules.Kind[] rules = new TextRules.Kind[header.size()];
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i), i);
                rules[i] = kinds.get(header.get(i));
            }
            List<String> names = List.copyOf(header);
            for (CSVRecord record : parser) {
                count++;
                Row row = new Row(record, columns, names, rules, errors, lines.lineOf(record.getCharacterPosition()));
                if (record.size() > header.size()) {
                    row.reject(null, record.size() + " cells, but the header names " + header.size()
                            + " columns: a comma in a cell that is not quoted? Write it \"like, this\"");
                }
                consumer.accept(row);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(problem(e, lines));
        }
        return count;
    }

    /** A file the parser could not read to its end, said with its physical line. */
    private RowError problem(Exception e, LineTrackingReader lines) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return new RowError(name, lines.currentLine(), null, "the file is not UTF-8: this line holds a byte that "
                        + "is not UTF-8 (a file saved as Latin-1 or Windows-1252?); save it as UTF-8 (\"CSV UTF-8\" in a spreadsheet)");
            }
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        Matcher start = UNCLOSED.matcher(message);
        if (start.find()) {
            return new RowError(name, Long.parseLong(start.group(1)), null, "a quoted cell opened on this line is never "
                    + "closed: a \" is missing (a quote inside a quoted cell is written twice: \"\")");
        }
        return new RowError(name, lines.currentLine(), null, "not a well-formed CSV file here: " + message);
    }

    /** One data row. Getters return null (or empty) for blank cells and record what is wrong. */
    final class Row {
        // Cells by position, and the file's column positions shared by every row (no map per row).
        private final String[] cells;
        private final Map<String, Integer> columns;
        private final long line;
        private final List<RowError> errors;
        private boolean rejected;
        private boolean ownProblem;
        /** The columns reported so far; most rows have none, so it is made on the first. */
        private Set<String> rejectedColumns;

        private Row(CSVRecord record, Map<String, Integer> columns, List<String> names, TextRules.Kind[] rules,
                List<RowError> errors, long line) {
            // Line numbers as an editor shows them: the header is line 1.
            this.line = line;
            this.errors = errors;
            this.columns = columns;
            this.cells = new String[columns.size()];
            for (int i = 0; i < cells.length && i < record.size(); i++) {
                String value = record.get(i).strip();
                cells[i] = value.isEmpty() ? null : value;
            }
            // The stored strings' rules, the mutations' too (TextRules), on every cell.
            for (int i = 0; i < cells.length; i++) {
                String value = cells[i];
                if (value != null) {
                    TextRules.Kind kind = rules[i];
                    Optional<String> problem = kind == TextRules.Kind.IDENTIFIER && value.indexOf(';') >= 0
                            ? Arrays.stream(LIST_SEPARATOR.split(value)).map(v -> TextRules.problem(kind, v))
                                    .flatMap(Optional::stream).findFirst()
                            : TextRules.problem(kind, value);
                    String column = names.get(i);
                    problem.ifPresent(p -> reject(column, "'" + column + "' " + p));
                }
            }
        }

        long line() {
            return line;
        }

        boolean ok() {
            return !rejected;
        }

        void reject(String column, String reason) {
            rejected = true;
            ownProblem = true;
            if (rejectedColumns == null) {
                rejectedColumns = new HashSet<>(4);
            }
            rejectedColumns.add(column);
            errors.add(new RowError(name, line, column, reason));
        }

        /** A problem that is another row's: the row this one refers to was rejected in its own file. */
        void rejectForReference(String column, String reason) {
            rejected = true;
            errors.add(new RowError(name, line, column, reason));
        }

        /** Rejected, and only because rows it refers to were. */
        boolean rejectedForReferencesOnly() {
            return rejected && !ownProblem;
        }

        String text(String column) {
            Integer position = columns.get(column);
            String value = position == null ? null : cells[position];
            if (value == null && required.contains(column)) {
                reject(column, "'" + column + "' is required");
            }
            return value;
        }

        List<String> list(String column) {
            String value = text(column);
            if (value == null) {
                return List.of();
            }
            if (value.indexOf(';') < 0) {
                return List.of(value);
            }
            return Arrays.stream(LIST_SEPARATOR.split(value)).filter(s -> !s.isEmpty()).distinct().toList();
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                // A year or a month alone stands for its first day: sources often give no more.
                if (value.length() == 10 && isIsoDate(value)) {
                    // The common case, without the formatter (a tenth of the check's time on a national file).
                    return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                            Integer.parseInt(value, 8, 10, 10));
                }
                if (YEAR.matcher(value).matches()) {
                    return LocalDate.of(Integer.parseInt(value), 1, 1);
                }
                if (YEAR_MONTH.matcher(value).matches()) {
                    return LocalDate.parse(value + "-01");
                }
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                String why = value.length() == 10 && isIsoDate(value) ? CalendarDates.problem(Integer.parseInt(value, 0, 4, 10),
                        Integer.parseInt(value, 5, 7, 10), Integer.parseInt(value, 8, 10, 10)).map(p -> ": " + p + "; ").orElse("; ")
                        : "; ";
                reject(column, "'" + value + "' is not a date" + why + "write YYYY-MM-DD (or YYYY-MM, or YYYY)");
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            String normalised = CANONICAL.matcher(value).matches() ? value
                    : SEPARATORS.matcher(MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD))
                            .replaceAll("").toUpperCase(Locale.ROOT)).replaceAll("_");
            try {
                return Enum.valueOf(type, normalised);
            } catch (IllegalArgumentException e) {
                reject(column, "'" + value + "' is not a known " + column + "; use one of "
                        + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        /**
         * The problems a row's record finds in its own values (WriteRows: the rules the mutations
         * apply too), under this file's column names; a column already reported is not reported again
         * (an unknown basis is not also a missing one).
         */
        void reject(List<WriteRows.Problem> problems) {
            for (WriteRows.Problem problem : problems) {
                String column = WriteRows.CSV_COLUMNS.apply(problem.field());
                if (rejectedColumns == null || !rejectedColumns.contains(column)) {
                    reject(column, problem.message());
                }
            }
        }
    }

    private static boolean isIsoDate(String value) {
        for (int i = 0; i < 10; i++) {
            char c = value.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static List<String> columns(String... names) {
        return new ArrayList<>(Arrays.asList(names));
    }
}

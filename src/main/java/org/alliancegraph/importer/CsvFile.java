package org.alliancegraph.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of an import folder: its header is checked against the known columns, and each row is
 * offered as a {@link Row} whose typed getters record problems instead of throwing, so one pass
 * reports every bad cell of a row.
 */
final class CsvFile {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*;\\s*");

    private final String name;
    private final Set<String> required;
    private final Set<String> known;

    CsvFile(String name, List<String> required, List<String> optional) {
        this.name = name;
        this.required = new LinkedHashSet<>(required);
        this.known = new LinkedHashSet<>(required);
        this.known.addAll(optional);
    }

    String name() {
        return name;
    }

    /** Reads every row; header problems are reported as errors on line 1 and no row is offered. */
    int read(Reader reader, List<RowError> errors, Consumer<Row> consumer) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        int count = 0;
        try (reader; CSVParser parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            boolean headerOk = true;
            for (String column : required) {
                if (!header.contains(column)) {
                    errors.add(new RowError(name, 1, column, "missing required column '" + column
                            + "'; the header must name at least " + required));
                    headerOk = false;
                }
            }
            for (String column : header) {
                if (!known.contains(column)) {
                    errors.add(new RowError(name, 1, column, "unknown column '" + column + "'; known columns are " + known));
                    headerOk = false;
                }
            }
            if (!headerOk) {
                return 0;
            }
            for (CSVRecord record : parser) {
                count++;
                consumer.accept(new Row(record, header, errors));
            }
        } catch (IOException | UncheckedIOException e) {
            errors.add(new RowError(name, 0, null, "cannot read the file: " + e.getMessage()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            errors.add(new RowError(name, 0, null, "not a well-formed CSV file: " + e.getMessage()));
        }
        return count;
    }

    /** One data row. Getters return null (or empty) for blank cells and record what is wrong. */
    final class Row {
        private final Map<String, String> values = new HashMap<>();
        private final long line;
        private final List<RowError> errors;
        private boolean rejected;

        private Row(CSVRecord record, List<String> header, List<RowError> errors) {
            // Line numbers as an editor shows them: the header is line 1.
            this.line = record.getRecordNumber() + 1;
            this.errors = errors;
            for (int i = 0; i < header.size(); i++) {
                String value = i < record.size() ? record.get(i).strip() : "";
                values.put(header.get(i), value.isEmpty() ? null : value);
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
            errors.add(new RowError(name, line, column, reason));
        }

        String text(String column) {
            String value = values.get(column);
            if (value == null && required.contains(column)) {
                reject(column, "'" + column + "' is required");
            }
            return value;
        }

        List<String> list(String column) {
            String value = text(column);
            return value == null ? List.of()
                    : Arrays.stream(LIST_SEPARATOR.split(value)).filter(s -> !s.isEmpty()).distinct().toList();
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                // A year or a month alone stands for its first day: sources often give no more.
                if (value.matches("\\d{4}")) {
                    return LocalDate.of(Integer.parseInt(value), 1, 1);
                }
                if (value.matches("\\d{4}-\\d{2}")) {
                    return LocalDate.parse(value + "-01");
                }
                return LocalDate.parse(value);
            } catch (java.time.DateTimeException e) {
                reject(column, "'" + value + "' is not a date; write YYYY-MM-DD (or YYYY-MM, or YYYY)");
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            String normalised = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            try {
                return Enum.valueOf(type, normalised);
            } catch (IllegalArgumentException e) {
                reject(column, "'" + value + "' is not a known " + column + "; use one of "
                        + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        void checkOrder(LocalDate from, LocalDate to, String fromColumn, String toColumn) {
            if (from != null && to != null && to.isBefore(from)) {
                reject(toColumn, "'" + toColumn + "' (" + to + ") is before '" + fromColumn + "' (" + from + ")");
            }
        }
    }

    static List<String> columns(String... names) {
        return new ArrayList<>(Arrays.asList(names));
    }
}

package org.alliancegraph.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.alliancegraph.api.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded file into sheets of text cells. CSV: the encoding is UTF-8 (with or without a
 * byte order mark) when the bytes decode as such, else Windows-1252 (what French Excel writes; Latin-1
 * is its subset); the separator is the one of {@code ; , tab} the header line holds most of. XLSX
 * (Apache POI): every non-empty sheet, dates as {@code YYYY-MM-DD}, numbers as written.
 */
final class SheetReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A sheet larger than this is refused: the page's uploads are an ecosystem's, imports take the rest. */
    static final int MAX_ROWS = 20_000;

    private SheetReader() {
    }

    static List<Sheet> read(String fileName, byte[] bytes) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return xlsx(fileName, bytes);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return List.of(csv(fileName, bytes));
        }
        throw new InvalidInputException("files", fileName + ": send .xlsx or .csv files (an .xls or .ods file: save it "
                + "as .xlsx or .csv first)");
    }

    static Sheet csv(String fileName, byte[] bytes) {
        String encoding;
        String text;
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            encoding = start == 3 ? "UTF-8 (avec BOM)" : "UTF-8";
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, WINDOWS_1252);
            encoding = "Windows-1252 (Excel, Latin-1)";
        }
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char separator = separator(firstLine);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_ROWS) {
                    throw new InvalidInputException("files", fileName + " has more than " + MAX_ROWS
                            + " rows: the page takes an ecosystem's; import larger files with ./alliance-graph import");
                }
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("files", fileName + " is not a readable CSV file: " + e.getMessage());
        }
        String name = separator == '\t' ? "tabulation" : String.valueOf(separator);
        return new Sheet(fileName, rows, encoding + ", séparateur " + name);
    }

    private static char separator(String header) {
        char best = ',';
        long most = -1;
        for (char c : new char[] {';', ',', '\t'}) {
            long n = header.chars().filter(x -> x == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    static List<Sheet> xlsx(String fileName, byte[] bytes) {
        List<Sheet> sheets = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.FRANCE);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (var sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    if (rows.size() > MAX_ROWS) {
                        throw new InvalidInputException("files", fileName + "/" + sheet.getSheetName() + " has more than "
                                + MAX_ROWS + " rows: import larger files with ./alliance-graph import");
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                    // Rows keep their sheet numbers: blank ones stand in for the missing.
                    while (rows.size() < row.getRowNum()) {
                        rows.add(List.of());
                    }
                    rows.add(cells);
                }
                if (rows.stream().anyMatch(r -> r.stream().anyMatch(v -> !v.isBlank()))) {
                    sheets.add(new Sheet(fileName + "/" + sheet.getSheetName(), rows, "classeur Excel (.xlsx)"));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("files", fileName + " is not a readable .xlsx workbook (" + e.getMessage() + ")");
        }
        return sheets;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return date.toString();
        }
        if (type == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            // Identifiers typed as numbers (a SIREN, an INSEE code) come back whole, without ".0" or grouping.
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
        }
        return formatter.formatCellValue(cell).strip();
    }
}

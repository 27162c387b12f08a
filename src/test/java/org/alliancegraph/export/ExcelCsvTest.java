package org.alliancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.alliancegraph.AllianceGraphTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The node and edge lists for French Excel: a byte order mark and {@code ;}, the same rows and cells
 * as the plain CSV (read back with the separator each says); the .xlsx workbook holds the same lists;
 * {@code excel=maybe} is refused by name.
 */
@AllianceGraphTest
class ExcelCsvTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/export/" + query)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static List<CSVRecord> read(String text, char separator) throws Exception {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void the_excel_lists_carry_a_bom_and_semicolons_and_the_same_cells() throws Exception {
        for (String list : List.of("nodes.csv", "edges.csv")) {
            String plain = new String(get(list + "?scope.programme=phare").body(), StandardCharsets.UTF_8);
            HttpResponse<byte[]> excel = get(list + "?scope.programme=phare&excel=true");
            assertThat(excel.statusCode()).isEqualTo(200);
            String text = new String(excel.body(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFFid;");
            List<CSVRecord> fromExcel = read(text.substring(1), ';');
            List<CSVRecord> fromPlain = read(plain, ',');
            assertThat(fromExcel).hasSameSizeAs(fromPlain).hasSizeGreaterThan(2);
            for (int i = 0; i < fromPlain.size(); i++) {
                assertThat(fromExcel.get(i).toList()).isEqualTo(CsvWriter.inert(new java.util.ArrayList<Object>(fromPlain.get(i).toList())));
            }
        }
        // The same lists as one workbook: the sheets hold the CSV's header and rows, ids and labels alike.
        HttpResponse<byte[]> xlsx = get("xlsx?scope.programme=phare");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            for (String list : List.of("nodes", "edges")) {
                List<CSVRecord> fromCsv = read(new String(get(list + ".csv?scope.programme=phare").body(), StandardCharsets.UTF_8), ',');
                var sheet = book.getSheet(list);
                assertThat(sheet.getLastRowNum() + 1).as(list).isEqualTo(fromCsv.size());
                for (int r = 0; r < fromCsv.size(); r++) {
                    for (int c = 0; c < 2; c++) {
                        assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(sheet.getRow(r).getCell(c)))
                                .as(list + " row " + r).isEqualTo(fromCsv.get(r).get(c));
                    }
                }
            }
        }
        HttpResponse<byte[]> bad = get("nodes.csv?scope.programme=phare&excel=maybe");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("\"argument\":\"excel\"");
    }

    @Test
    void a_cell_excel_would_run_as_a_formula_is_written_as_text() {
        assertThat(CsvWriter.inert(List.<Object>of("=HYPERLINK(\"http://x\")", "+33 1 00", "-x", "@SUM(A1)", "ok", 3.5)))
                .containsExactly("'=HYPERLINK(\"http://x\")", "'+33 1 00", "'-x", "'@SUM(A1)", "ok", 3.5);
    }
}

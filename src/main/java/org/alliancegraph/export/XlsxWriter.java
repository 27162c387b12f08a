package org.alliancegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The node and edge lists as one Excel workbook ({@code nodes} and {@code edges} sheets, the same
 * columns as the CSV files), for spreadsheets that read CSV badly. Apache POI's streaming workbook
 * keeps a window of rows in memory and the rest in temporary files it removes when done.
 */
final class XlsxWriter implements GraphWriter {

    private final OutputStream out;
    private final SXSSFWorkbook book = new SXSSFWorkbook(200);
    private Sheet sheet;
    private int row;
    private List<Column> edgeColumns;

    XlsxWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void start(ExportMeta meta) {
        edgeColumns = meta.edgeColumns();
        open("nodes", header(List.of("id", "label", "color", "size"), meta.nodeColumns()));
    }

    @Override
    public void node(Element n) {
        List<Object> cells = new ArrayList<>(List.of(n.id(), n.label(), n.color(), n.size()));
        Collections.addAll(cells, n.values());
        write(cells);
    }

    @Override
    public void startEdges() {
        open("edges", header(List.of("id", "source", "target", "weight"), edgeColumns));
    }

    @Override
    public void edge(Element e) {
        List<Object> cells = new ArrayList<>(List.of(e.id(), e.source(), e.target(), e.weight()));
        Collections.addAll(cells, e.values());
        write(cells);
    }

    @Override
    public void finish() throws IOException {
        try {
            book.write(out);
            out.flush();
        } finally {
            book.dispose();
            book.close();
        }
    }

    private static List<Object> header(List<String> fixed, List<Column> columns) {
        List<Object> header = new ArrayList<>(fixed);
        columns.forEach(c -> header.add(c.key()));
        return header;
    }

    private void open(String name, List<Object> header) {
        sheet = book.createSheet(name);
        row = 0;
        write(header);
    }

    private void write(List<Object> cells) {
        Row r = sheet.createRow(row++);
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v instanceof Number number) {
                r.createCell(c).setCellValue(number.doubleValue());
            } else if (v != null) {
                r.createCell(c).setCellValue(String.valueOf(v));
            }
        }
    }
}

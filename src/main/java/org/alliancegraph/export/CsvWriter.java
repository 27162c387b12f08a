package org.alliancegraph.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Node and edge lists for spreadsheets and R: {@code nodes.csv} (id, label, then the columns) and
 * {@code edges.csv} (id, source, target, weight, then the columns), in a zip, or one of them alone.
 * Headers are the column keys, so a script reads the same names in every language. With
 * {@code excel=true}, for French Excel: a byte order mark (else it reads the UTF-8 as Windows-1252)
 * and {@code ;} between cells (its list separator in a French locale), lines ending CRLF.
 */
final class CsvWriter implements GraphWriter {

    private final OutputStream out;
    private final ZipOutputStream zip;
    private final boolean nodes;
    private final boolean edges;
    private final boolean excel;
    private Writer writer;
    private CSVPrinter printer;
    private List<Column> nodeColumns;
    private List<Column> edgeColumns;

    /** Both lists zipped, or the single list the format names. */
    CsvWriter(OutputStream out, ExportFormat format, boolean excel) {
        this.out = out;
        this.excel = excel;
        this.zip = format == ExportFormat.CSV ? new ZipOutputStream(out, StandardCharsets.UTF_8) : null;
        this.nodes = format.wantsNodes();
        this.edges = format.wantsEdges();
    }

    @Override
    public void start(ExportMeta meta) throws IOException {
        nodeColumns = meta.nodeColumns();
        edgeColumns = meta.edgeColumns();
        if (nodes) {
            open("nodes.csv", header(List.of("id", "label", "color", "size"), nodeColumns));
        }
    }

    private static List<String> header(List<String> fixed, List<Column> columns) {
        List<String> header = new ArrayList<>(fixed);
        columns.forEach(c -> header.add(c.key()));
        return header;
    }

    private void open(String entry, List<String> header) throws IOException {
        OutputStream target = out;
        if (zip != null) {
            zip.putNextEntry(new ZipEntry(entry));
            target = zip;
        }
        writer = new OutputStreamWriter(new NonClosing(target), StandardCharsets.UTF_8);
        if (excel) {
            writer.write('\uFEFF');
        }
        printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(excel ? ';' : ',')
                .setHeader(header.toArray(String[]::new)).get());
    }

    @Override
    public void node(Element n) throws IOException {
        if (!nodes) {
            return;
        }
        List<Object> row = new ArrayList<>(4 + n.values().length);
        row.add(n.id());
        row.add(n.label());
        row.add(n.color());
        row.add(n.size());
        Collections.addAll(row, n.values());
        printer.printRecord(excel ? inert(row) : row);
    }

    @Override
    public void startEdges() throws IOException {
        if (nodes) {
            close();
        }
        if (edges) {
            open("edges.csv", header(List.of("id", "source", "target", "weight"), edgeColumns));
        }
    }

    @Override
    public void edge(Element e) throws IOException {
        List<Object> row = new ArrayList<>(4 + e.values().length);
        row.add(e.id());
        row.add(e.source());
        row.add(e.target());
        row.add(e.weight());
        Collections.addAll(row, e.values());
        printer.printRecord(excel ? inert(row) : row);
    }

    static List<Object> inert(List<Object> row) {
        return ExcelCells.inert(row);
    }

    private void close() throws IOException {
        printer.flush();
        writer.flush();
        if (zip != null) {
            zip.closeEntry();
        }
    }

    @Override
    public void finish() throws IOException {
        if (edges) {
            close();
        }
        if (zip != null) {
            zip.finish();
        }
        out.flush();
    }

    /** The zip's entries and the response stream outlive each list's printer. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

package org.alliancegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Malformed files, each answered with the physical line and a reason a person can act on, without
 * a stack trace or a Java class name: the importer's half of the hardening issue's bad input.
 */
class CsvFileErrorsTest {

    static final CsvFile FILE = new CsvFile("organisations.csv", CsvFile.columns("id", "name"), CsvFile.columns("quote"));

    record Read(List<String> ids, List<Long> lines, List<String> errors) {
    }

    static Read read(Reader reader) {
        List<RowError> errors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        FILE.read(reader, errors, row -> {
            ids.add(row.text("id"));
            lines.add(row.line());
        });
        return new Read(ids, lines, errors.stream().map(RowError::toString).toList());
    }

    static Read read(String content) {
        return read(new StringReader(content));
    }

    static Reader utf8(byte[] bytes) {
        // As ImportInput opens files: bad bytes reported, after the characters before them.
        return new Utf8Reader(new ByteArrayInputStream(bytes));
    }

    @Test
    void lines_are_physical_lines_past_blank_lines_and_multi_line_cells() {
        Read read = read("id,name,quote\n\na,A,x\n\n\nb,B,\"two\nlines\"\nc,C,y\r\n\r\nd,D,z");
        assertThat(read.errors()).isEmpty();
        assertThat(read.ids()).containsExactly("a", "b", "c", "d");
        assertThat(read.lines()).containsExactly(3L, 6L, 8L, 10L);
    }

    @Test
    void utf_8_is_read_whole_across_buffers() throws Exception {
        String text = "id,name\n" + "é,Société d’économie 🌍\n".repeat(5_000);
        StringBuilder read = new StringBuilder();
        try (Reader reader = utf8(text.getBytes(StandardCharsets.UTF_8))) {
            char[] buffer = new char[777];
            for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
                read.append(buffer, 0, n);
            }
        }
        assertThat(read.toString()).isEqualTo(text);
    }

    @Test
    void a_byte_order_mark_is_accepted() {
        Read read = read(utf8(("\uFEFFid,name\na,A\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(read.errors()).isEmpty();
        assertThat(read.ids()).containsExactly("a");
    }

    @Test
    void a_duplicated_header_column_is_named() {
        assertThat(read("id,name,name\na,A,B\n").errors())
                .containsExactly("organisations.csv:1 [name]: column 'name' appears twice in the header; keep one "
                        + "(which of the two cells should count cannot be guessed)");
    }

    @Test
    void an_unterminated_quote_is_reported_where_the_cell_opens() {
        Read read = read("id,name,quote\na,A,x\nb,B,\"never closed\nc,C,y\nd,D,z\n");
        assertThat(read.ids()).containsExactly("a");
        assertThat(read.errors()).singleElement().asString().startsWith("organisations.csv:3: a quoted cell opened on this line "
                + "is never closed").doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void a_latin_1_file_is_said_not_to_be_utf_8_with_its_line() {
        byte[] latin1 = ("id,name\na,A\n" + "c,Ccc\n".repeat(10_000) + "b,Société\n").getBytes(StandardCharsets.ISO_8859_1);
        Read read = read(utf8(latin1));
        assertThat(read.errors()).singleElement().asString().startsWith("organisations.csv:10003: the file is not UTF-8")
                .contains("save it as UTF-8").doesNotContain("Input length");
    }

    @Test
    void a_row_with_more_cells_than_columns_is_rejected() {
        StringBuilder wide = new StringBuilder("id,name\na,A\nb,B");
        wide.append(",x".repeat(5_000)).append('\n');
        List<RowError> errors = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        FILE.read(new StringReader(wide.toString()), errors, row -> {
            String id = row.text("id");
            if (row.ok()) {
                accepted.add(id);
            }
        });
        assertThat(accepted).containsExactly("a");
        assertThat(errors).extracting(RowError::toString).containsExactly(
                "organisations.csv:3: 5002 cells, but the header names 2 columns: a comma in a cell that is not quoted? "
                        + "Write it \"like, this\"");
    }

    @Test
    void cells_follow_the_stored_strings_rules() {
        List<RowError> errors = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        FILE.read(new StringReader("id,name,quote\nok,Bon,\"deux\nlignes\"\nbad id,Nom,x\nc,\"n\u0000om\",x\nd," + "N".repeat(501)
                + ",x\n"), errors, row -> {
                    String id = row.text("id");
                    if (row.ok()) {
                        accepted.add(id);
                    }
                });
        assertThat(accepted).containsExactly("ok");
        assertThat(errors).extracting(RowError::toString).containsExactly(
                "organisations.csv:4 [id]: 'id' holds a space or a line break at position 4; an identifier is one word, such as 'asso-tours-37'",
                "organisations.csv:5 [name]: 'name' holds the control character U+0000 at position 2; remove it",
                "organisations.csv:6 [name]: 'name' is 501 characters long; at most 500 for a name or label");
    }
}

package org.alliancegraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The XML side shared by GEXF and GraphML: a small streaming writer that escapes as it writes.
 * The JDK's StAX writer cost a fifth of a département's export (2,000 nodes) on its own; this one
 * writes the few constructs the two formats use, one element per line.
 */
abstract class XmlWriter implements GraphWriter {

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;

    XmlWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    protected XmlWriter declaration() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return this;
    }

    protected XmlWriter start(String name) throws IOException {
        closeStartTag();
        out.write('<');
        out.write(name);
        open.push(name);
        inStartTag = true;
        return this;
    }

    protected XmlWriter attribute(String name, String value) throws IOException {
        out.write(' ');
        out.write(name);
        out.write("=\"");
        escape(value, true);
        out.write('"');
        return this;
    }

    protected XmlWriter text(String value) throws IOException {
        closeStartTag();
        escape(value, false);
        return this;
    }

    /** Closes the innermost open element: {@code />} when it has no content. */
    protected XmlWriter end() throws IOException {
        String name = open.pop();
        if (inStartTag) {
            out.write("/>");
            inStartTag = false;
        } else {
            out.write("</");
            out.write(name);
            out.write('>');
        }
        return this;
    }

    protected XmlWriter newline() throws IOException {
        closeStartTag();
        out.write('\n');
        return this;
    }

    protected void element(String name, String text) throws IOException {
        start(name).text(text).end();
    }

    protected void flush() throws IOException {
        out.flush();
    }

    private void closeStartTag() throws IOException {
        if (inStartTag) {
            out.write('>');
            inStartTag = false;
        }
    }

    /**
     * Markup characters as entities; in attributes also tabs and line ends (which parsers would
     * otherwise fold into spaces). XML 1.0 cannot carry most control characters, even escaped:
     * they become U+FFFD.
     */
    private void escape(String s, boolean attribute) throws IOException {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                case '\n' -> attribute ? "&#10;" : null;
                case '\r' -> "&#13;";
                case '\uFFFE', '\uFFFF' -> "\uFFFD";
                default -> c < 0x20 ? "\uFFFD" : null;
            };
            if (replacement != null) {
                out.write(s, from, i - from);
                out.write(replacement);
                from = i + 1;
            }
        }
        out.write(s, from, s.length() - from);
    }

    static String text(Object value) {
        return value instanceof LocalDate d ? d.toString() : String.valueOf(value);
    }
}

package org.alliancegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The XML side shared by GEXF and GraphML: a streaming writer, and text made safe for XML 1.0. */
abstract class XmlWriter implements GraphWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    protected final XMLStreamWriter xml;

    XmlWriter(OutputStream out) {
        try {
            this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** XML 1.0 cannot carry most control characters, even escaped: they become U+FFFD. */
    static String clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                StringBuilder b = new StringBuilder(s.length());
                for (int j = 0; j < s.length(); j++) {
                    char d = s.charAt(j);
                    b.append(d < 0x20 && d != '\t' && d != '\n' && d != '\r' || d == 0xFFFE || d == 0xFFFF ? '\uFFFD' : d);
                }
                return b.toString();
            }
        }
        return s;
    }

    static String text(Object value) {
        return value instanceof LocalDate d ? d.toString() : clean(String.valueOf(value));
    }

    protected void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, clean(value));
    }

    @FunctionalInterface
    interface XmlStep {
        void run() throws XMLStreamException;
    }

    /** StAX throws its own checked exception; the callers speak IOException. */
    protected static void write(XmlStep step) throws IOException {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}

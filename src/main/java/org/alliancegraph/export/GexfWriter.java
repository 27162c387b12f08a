package org.alliancegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * GEXF 1.3 (the schema at gexf.net/1.3), for Gephi: typed attributes declared per class, a dynamic
 * graph whose nodes and edges carry their start and end dates, so Gephi's timeline replays how the
 * ecosystem grew, and each node's colour and size (elements of the 1.3 namespace, as its schema
 * places them).
 */
final class GexfWriter extends XmlWriter {

    static final String NS = "http://gexf.net/1.3";

    private List<Column> nodeColumns;
    private List<Column> edgeColumns;

    GexfWriter(OutputStream out) {
        super(out);
    }

    @Override
    public void start(ExportMeta meta) throws IOException {
        nodeColumns = meta.nodeColumns();
        edgeColumns = meta.edgeColumns();
        write(() -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation", NS + " " + NS + "/gexf.xsd");
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("meta");
            xml.writeAttribute("lastmodifieddate", LocalDate.now().toString());
            element("creator", "alliance-graph");
            element("keywords", "co-construction, alliances, ODD, SDG 17.17");
            element("description", meta.title() + ". " + meta.description());
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("mode", "dynamic");
            xml.writeAttribute("defaultedgetype", "undirected");
            xml.writeAttribute("timeformat", "date");
            xml.writeAttribute("timerepresentation", "interval");
            declare("node", nodeColumns, meta.lang());
            declare("edge", edgeColumns, meta.lang());
            xml.writeStartElement("nodes");
        });
    }

    private void element(String name, String text) throws javax.xml.stream.XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private void declare(String type, List<Column> columns, Lang lang) throws javax.xml.stream.XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", type);
        xml.writeAttribute("mode", "static");
        for (Column c : columns) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", c.key());
            attribute("title", c.title(lang));
            xml.writeAttribute("type", c.type().gexf);
        }
        xml.writeEndElement();
    }

    @Override
    public void node(Element n) throws IOException {
        write(() -> {
            xml.writeStartElement("node");
            attribute("id", n.id());
            attribute("label", n.label() == null ? n.id() : n.label());
            interval(n);
            values(nodeColumns, n.values());
            xml.writeEmptyElement("color");
            xml.writeAttribute("hex", n.color());
            xml.writeEmptyElement("size");
            xml.writeAttribute("value", Double.toString(n.size()));
            xml.writeEndElement();
        });
    }

    @Override
    public void startEdges() throws IOException {
        write(() -> {
            xml.writeEndElement();
            xml.writeStartElement("edges");
        });
    }

    @Override
    public void edge(Element e) throws IOException {
        write(() -> {
            xml.writeStartElement("edge");
            attribute("id", e.id());
            attribute("source", e.source());
            attribute("target", e.target());
            xml.writeAttribute("weight", Double.toString(e.weight()));
            interval(e);
            values(edgeColumns, e.values());
            xml.writeEndElement();
        });
    }

    private void interval(Element e) throws javax.xml.stream.XMLStreamException {
        if (e.start() != null) {
            xml.writeAttribute("start", e.start().toString());
        }
        // An end before the start is bad data, not a reason for an invalid file: it is left out.
        if (e.end() != null && (e.start() == null || !e.end().isBefore(e.start()))) {
            xml.writeAttribute("end", e.end().toString());
        }
    }

    private void values(List<Column> columns, Object[] values) throws javax.xml.stream.XMLStreamException {
        xml.writeStartElement("attvalues");
        for (int i = 0; i < columns.size(); i++) {
            if (values[i] != null) {
                xml.writeEmptyElement("attvalue");
                xml.writeAttribute("for", columns.get(i).key());
                xml.writeAttribute("value", text(values[i]));
            }
        }
        xml.writeEndElement();
    }

    @Override
    public void finish() throws IOException {
        write(() -> {
            xml.writeEndElement(); // edges
            xml.writeEndElement(); // graph
            xml.writeEndElement(); // gexf
            xml.writeEndDocument();
            xml.flush();
        });
    }
}

package org.alliancegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * GraphML 1.0 (graphdrawing.org), read by Gephi, yEd, Cytoscape desktop, networkx and igraph: one
 * typed {@code key} per column, plus the label, the weight of edges and the node colour, and dates
 * as ISO strings (GraphML has no date type).
 */
final class GraphmlWriter extends XmlWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private List<Column> nodeColumns;
    private List<Column> edgeColumns;

    GraphmlWriter(OutputStream out) {
        super(out);
    }

    @Override
    public void start(ExportMeta meta) throws IOException {
        nodeColumns = meta.nodeColumns();
        edgeColumns = meta.edgeColumns();
        Lang lang = meta.lang();
        write(() -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key("label", "node", lang == Lang.EN ? "Label" : "Libellé", "string");
            key("color", "node", lang == Lang.EN ? "Colour" : "Couleur", "string");
            key("size", "node", lang == Lang.EN ? "Size" : "Taille", "double");
            for (Column c : nodeColumns) {
                key("n_" + c.key(), "node", c.key(), c.type().graphml, c.title(lang));
            }
            key("weight", "edge", "weight", "double");
            for (Column c : edgeColumns) {
                key("e_" + c.key(), "edge", c.key(), c.type().graphml, c.title(lang));
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "G");
            xml.writeAttribute("edgedefault", "undirected");
            xml.writeStartElement("desc");
            xml.writeCharacters(clean(meta.title() + ". " + meta.description()));
            xml.writeEndElement();
        });
    }

    private void key(String id, String domain, String name, String type) throws javax.xml.stream.XMLStreamException {
        key(id, domain, name, type, null);
    }

    /** Keys are named by the column key (what networkx and igraph expose); the title goes in desc. */
    private void key(String id, String domain, String name, String type, String title)
            throws javax.xml.stream.XMLStreamException {
        if (title == null) {
            xml.writeEmptyElement("key");
        } else {
            xml.writeStartElement("key");
        }
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
        if (title != null) {
            xml.writeStartElement("desc");
            xml.writeCharacters(clean(title));
            xml.writeEndElement();
            xml.writeEndElement();
        }
    }

    @Override
    public void node(Element n) throws IOException {
        write(() -> {
            xml.writeStartElement("node");
            xml.writeAttribute("id", token(n.id()));
            data("label", n.label() == null ? n.id() : n.label());
            data("color", n.color());
            data("size", n.size());
            values("n_", nodeColumns, n.values());
            xml.writeEndElement();
        });
    }

    @Override
    public void startEdges() {
        // GraphML mixes nodes and edges freely: nothing to close.
    }

    @Override
    public void edge(Element e) throws IOException {
        write(() -> {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", token(e.id()));
            xml.writeAttribute("source", token(e.source()));
            xml.writeAttribute("target", token(e.target()));
            data("weight", e.weight());
            values("e_", edgeColumns, e.values());
            xml.writeEndElement();
        });
    }

    private void values(String prefix, List<Column> columns, Object[] values) throws javax.xml.stream.XMLStreamException {
        for (int i = 0; i < columns.size(); i++) {
            if (values[i] != null) {
                data(prefix + columns.get(i).key(), values[i]);
            }
        }
    }

    private void data(String key, Object value) throws javax.xml.stream.XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(text(value));
        xml.writeEndElement();
    }

    /**
     * GraphML ids are XML name tokens: letters, digits and {@code . - _ :}. Ids of the import format
     * are not restricted, so any other character is written {@code _xHHHH_} (its UTF-16 code).
     */
    static String token(String id) {
        StringBuilder b = null;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '_' || c == ':';
            if (!ok && b == null) {
                b = new StringBuilder(id.length() + 8).append(id, 0, i);
            }
            if (b != null) {
                if (ok) {
                    b.append(c);
                } else {
                    b.append(String.format("_x%04X_", (int) c));
                }
            }
        }
        return b == null ? id : b.toString();
    }

    @Override
    public void finish() throws IOException {
        write(() -> {
            xml.writeEndElement(); // graph
            xml.writeEndElement(); // graphml
            xml.writeEndDocument();
            xml.flush();
        });
    }
}

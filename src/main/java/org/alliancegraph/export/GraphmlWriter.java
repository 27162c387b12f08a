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
        declaration().start("graphml").attribute("xmlns", NS)
                .attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
                .attribute("xsi:schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd").newline();
        key("label", "node", "label", "string", lang == Lang.EN ? "Label" : "Libellé");
        key("color", "node", "color", "string", lang == Lang.EN ? "Colour" : "Couleur");
        key("size", "node", "size", "double", lang == Lang.EN ? "Size" : "Taille");
        for (Column c : nodeColumns) {
            key("n_" + c.key(), "node", c.key(), c.type().graphml, c.title(lang));
        }
        key("weight", "edge", "weight", "double", lang == Lang.EN ? "Weight" : "Poids");
        for (Column c : edgeColumns) {
            key("e_" + c.key(), "edge", c.key(), c.type().graphml, c.title(lang));
        }
        start("graph").attribute("id", "G").attribute("edgedefault", "undirected").newline();
        element("desc", meta.title() + ". " + meta.description());
        newline();
    }

    /** Keys are named by the column key (what networkx and igraph expose); the title goes in desc. */
    private void key(String id, String domain, String name, String type, String title) throws IOException {
        start("key").attribute("id", id).attribute("for", domain).attribute("attr.name", name).attribute("attr.type", type);
        element("desc", title);
        end().newline();
    }

    @Override
    public void node(Element n) throws IOException {
        start("node").attribute("id", token(n.id()));
        data("label", n.label() == null ? n.id() : n.label());
        data("color", n.color());
        data("size", n.size());
        values("n_", nodeColumns, n.values());
        end().newline();
    }

    @Override
    public void startEdges() {
        // GraphML mixes nodes and edges freely: nothing to close.
    }

    @Override
    public void edge(Element e) throws IOException {
        start("edge").attribute("id", token(e.id())).attribute("source", token(e.source()))
                .attribute("target", token(e.target()));
        data("weight", e.weight());
        values("e_", edgeColumns, e.values());
        end().newline();
    }

    private void values(String prefix, List<Column> columns, Object[] values) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (values[i] != null) {
                data(prefix + columns.get(i).key(), values[i]);
            }
        }
    }

    private void data(String key, Object value) throws IOException {
        start("data").attribute("key", key).text(text(value)).end();
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
        end().newline(); // graph
        end().newline(); // graphml
        flush();
    }
}

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
        declaration().start("gexf").attribute("xmlns", NS)
                .attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
                .attribute("xsi:schemaLocation", NS + " " + NS + "/gexf.xsd").attribute("version", "1.3").newline();
        start("meta").attribute("lastmodifieddate", LocalDate.now().toString());
        element("creator", "alliance-graph");
        element("keywords", "co-construction, alliances, ODD, SDG 17.17");
        element("description", meta.title() + ". " + meta.description());
        end().newline();
        start("graph").attribute("mode", "dynamic").attribute("defaultedgetype", "undirected")
                .attribute("timeformat", "date").attribute("timerepresentation", "interval").newline();
        declare("node", nodeColumns, meta.lang());
        declare("edge", edgeColumns, meta.lang());
        start("nodes").newline();
    }

    private void declare(String type, List<Column> columns, Lang lang) throws IOException {
        start("attributes").attribute("class", type).attribute("mode", "static").newline();
        for (Column c : columns) {
            start("attribute").attribute("id", c.key()).attribute("title", c.title(lang)).attribute("type", c.type().gexf)
                    .end().newline();
        }
        end().newline();
    }

    @Override
    public void node(Element n) throws IOException {
        start("node").attribute("id", n.id()).attribute("label", n.label() == null ? n.id() : n.label());
        interval(n);
        values(nodeColumns, n.values());
        start("color").attribute("hex", n.color()).end();
        start("size").attribute("value", Double.toString(n.size())).end();
        end().newline();
    }

    @Override
    public void startEdges() throws IOException {
        end().newline();
        start("edges").newline();
    }

    @Override
    public void edge(Element e) throws IOException {
        start("edge").attribute("id", e.id()).attribute("source", e.source()).attribute("target", e.target())
                .attribute("weight", Double.toString(e.weight()));
        interval(e);
        values(edgeColumns, e.values());
        end().newline();
    }

    private void interval(Element e) throws IOException {
        if (e.start() != null) {
            attribute("start", e.start().toString());
        }
        // An end before the start is bad data, not a reason for an invalid file: it is left out.
        if (e.end() != null && (e.start() == null || !e.end().isBefore(e.start()))) {
            attribute("end", e.end().toString());
        }
    }

    private void values(List<Column> columns, Object[] values) throws IOException {
        start("attvalues");
        for (int i = 0; i < columns.size(); i++) {
            if (values[i] != null) {
                start("attvalue").attribute("for", columns.get(i).key()).attribute("value", text(values[i])).end();
            }
        }
        end();
    }

    @Override
    public void finish() throws IOException {
        end().newline(); // edges
        end().newline(); // graph
        end().newline(); // gexf
        flush();
    }
}

package org.alliancegraph.export;

import java.io.OutputStream;

/**
 * graphology's serialisation ({@code graph.import(json)}), which sigma.js draws as it is: every node
 * has x, y, size, color and label, so the file renders before any layout runs.
 */
final class GraphologyWriter extends JsonWriter {

    GraphologyWriter(OutputStream out) {
        super(out);
    }

    @Override
    void header(ExportMeta meta) {
        json.writeObjectPropertyStart("options");
        json.writeStringProperty("type", "undirected");
        json.writeBooleanProperty("multi", meta.multi());
        json.writeBooleanProperty("allowSelfLoops", false);
        json.writeEndObject();
        json.writeObjectPropertyStart("attributes");
        describe(meta);
        json.writeEndObject();
        json.writeArrayPropertyStart("nodes");
    }

    @Override
    public void node(Element n) {
        json.writeStartObject();
        json.writeStringProperty("key", n.id());
        json.writeObjectPropertyStart("attributes");
        json.writeStringProperty("label", n.label() == null ? n.id() : n.label());
        json.writeNumberProperty("x", n.x());
        json.writeNumberProperty("y", n.y());
        json.writeNumberProperty("size", n.size());
        json.writeStringProperty("color", n.color());
        values(nodeColumns, n.values());
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void edge(Element e) {
        json.writeStartObject();
        json.writeStringProperty("key", e.id());
        json.writeStringProperty("source", e.source());
        json.writeStringProperty("target", e.target());
        json.writeObjectPropertyStart("attributes");
        json.writeNumberProperty("weight", e.weight());
        values(edgeColumns, e.values());
        json.writeEndObject();
        json.writeEndObject();
    }
}

package org.alliancegraph.export;

import java.io.OutputStream;

/**
 * Cytoscape.js JSON: {@code {data, elements: {nodes: [{data, position}], edges: [{data}]}}}, which
 * {@code cytoscape({elements})} and Cytoscape desktop (File, Import, Network from File, .cyjs) read.
 */
final class CytoscapeWriter extends JsonWriter {

    CytoscapeWriter(OutputStream out) {
        super(out);
    }

    @Override
    void header(ExportMeta meta) {
        json.writeStringProperty("format_version", "1.0");
        json.writeStringProperty("generated_by", "alliance-graph");
        json.writeStringProperty("target_cytoscapejs_version", "~3");
        json.writeObjectPropertyStart("data");
        describe(meta);
        json.writeEndObject();
        json.writeObjectPropertyStart("elements");
        json.writeArrayPropertyStart("nodes");
    }

    @Override
    public void node(Element n) {
        json.writeStartObject();
        json.writeObjectPropertyStart("data");
        json.writeStringProperty("id", n.id());
        json.writeStringProperty("label", n.label() == null ? n.id() : n.label());
        json.writeStringProperty("color", n.color());
        json.writeNumberProperty("size", n.size());
        values(nodeColumns, n.values());
        json.writeEndObject();
        json.writeObjectPropertyStart("position");
        json.writeNumberProperty("x", n.x() * 1000);
        json.writeNumberProperty("y", n.y() * 1000);
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void edge(Element e) {
        json.writeStartObject();
        json.writeObjectPropertyStart("data");
        json.writeStringProperty("id", e.id());
        json.writeStringProperty("source", e.source());
        json.writeStringProperty("target", e.target());
        json.writeNumberProperty("weight", e.weight());
        values(edgeColumns, e.values());
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    void finishDocument() {
        json.writeEndObject(); // elements
    }
}

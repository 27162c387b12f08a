package org.alliancegraph.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** The JSON side shared by the Cytoscape.js and graphology forms: a streaming generator, typed values. */
abstract class JsonWriter implements GraphWriter {

    /** The response stream is the caller's to close. */
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    protected final JsonGenerator json;
    protected List<Column> nodeColumns;
    protected List<Column> edgeColumns;

    JsonWriter(OutputStream out) {
        this.json = FACTORY.createGenerator(out);
    }

    @Override
    public void start(ExportMeta meta) {
        nodeColumns = meta.nodeColumns();
        edgeColumns = meta.edgeColumns();
        json.writeStartObject();
        header(meta);
    }

    abstract void header(ExportMeta meta);

    /** The columns' values as properties, absent ones left out. */
    protected void values(List<Column> columns, Object[] values) {
        for (int i = 0; i < columns.size(); i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String key = columns.get(i).key();
            switch (v) {
                case Integer n -> json.writeNumberProperty(key, n);
                case Long n -> json.writeNumberProperty(key, n);
                case Double n -> json.writeNumberProperty(key, n);
                case LocalDate d -> json.writeStringProperty(key, d.toString());
                default -> json.writeStringProperty(key, v.toString());
            }
        }
    }

    /** Title, description, shape, language and the declared columns with their types and titles. */
    protected void describe(ExportMeta meta) {
        json.writeStringProperty("name", meta.title());
        json.writeStringProperty("description", meta.description());
        json.writeStringProperty("shape", meta.shape().name());
        json.writeStringProperty("lang", meta.lang().name().toLowerCase());
        columns("nodeAttributes", meta.nodeColumns(), meta.lang());
        columns("edgeAttributes", meta.edgeColumns(), meta.lang());
    }

    private void columns(String name, List<Column> columns, Lang lang) {
        json.writeArrayPropertyStart(name);
        for (Column c : columns) {
            json.writeStartObject();
            json.writeStringProperty("key", c.key());
            json.writeStringProperty("type", c.type().name().toLowerCase());
            json.writeStringProperty("title", c.title(lang));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Both forms keep nodes and edges in two arrays side by side. */
    @Override
    public void startEdges() {
        json.writeEndArray();
        json.writeArrayPropertyStart("edges");
    }

    @Override
    public void finish() {
        json.writeEndArray();
        json.writeEndObject();
        finishDocument();
        json.flush();
        json.close();
    }

    /** Whatever the form wraps around its edge list. */
    void finishDocument() {
    }
}

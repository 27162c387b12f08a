package org.alliancegraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.alliancegraph.api.InvalidInputException;

/** The file formats an export is written in, with their media type and file name ending. */
public enum ExportFormat {
    /** Gephi's format, with time intervals for its timeline. */
    GEXF("gexf", "application/gexf+xml", ".gexf", true, true),
    /** Gephi, yEd, Cytoscape desktop, networkx, igraph. */
    GRAPHML("graphml", "application/graphml+xml", ".graphml", true, true),
    /** Cytoscape.js {@code elements: {nodes, edges}}; Cytoscape desktop opens it as .cyjs. */
    CYTOSCAPE("cytoscape", "application/json", ".cyjs", true, true),
    /** graphology's serialisation, which sigma.js draws (positions, sizes and colours included). */
    GRAPHOLOGY("graphology", "application/json", ".graphology.json", true, true),
    /** A zip of nodes.csv and edges.csv. */
    CSV("csv", "application/zip", ".csv.zip", true, true),
    CSV_NODES("nodes.csv", "text/csv;charset=UTF-8", ".nodes.csv", true, false),
    CSV_EDGES("edges.csv", "text/csv;charset=UTF-8", ".edges.csv", false, true),
    /** The node and edge lists as one Excel workbook (two sheets). */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", true, true);

    private final String path;
    private final String mediaType;
    private final String extension;
    private final boolean nodes;
    private final boolean edges;

    ExportFormat(String path, String mediaType, String extension, boolean nodes, boolean edges) {
        this.path = path;
        this.mediaType = mediaType;
        this.extension = extension;
        this.nodes = nodes;
        this.edges = edges;
    }

    /** The last segment of {@code /export/{format}}. */
    public String path() {
        return path;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether the file holds nodes (CSV_EDGES holds none, so their statement is not sent). */
    boolean wantsNodes() {
        return nodes;
    }

    boolean wantsEdges() {
        return edges;
    }

    static ExportFormat fromPath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.path.equals(p)).findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "'" + path + "' is not an export format; use one of "
                        + Arrays.stream(values()).map(ExportFormat::path).collect(Collectors.joining(", "))));
    }
}

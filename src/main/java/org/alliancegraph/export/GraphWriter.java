package org.alliancegraph.export;

import java.io.IOException;

/**
 * Writes one export as it streams: the header, every node, then every edge, then the end. Nothing is
 * kept but what the format needs to close its structures.
 */
interface GraphWriter {

    void start(ExportMeta meta) throws IOException;

    void node(Element node) throws IOException;

    /** Called once, after the last node and before the first edge, even when there are none. */
    void startEdges() throws IOException;

    void edge(Element edge) throws IOException;

    /** Closes the document and flushes; the output stream itself is the caller's. */
    void finish() throws IOException;
}

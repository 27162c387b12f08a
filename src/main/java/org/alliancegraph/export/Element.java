package org.alliancegraph.export;

import java.time.LocalDate;

/**
 * A node or an edge as the writers see it: the fields every format has, and the values of the
 * shape's columns in their order (null where a value is absent). Edges have a source and target.
 *
 * @param start when it begins (GEXF intervals), null when unknown
 * @param end   when it ends, null when ongoing or unknown
 */
record Element(String id, String label, String source, String target, double weight, LocalDate start, LocalDate end,
        String color, double size, double x, double y, Object[] values) {

    static Element node(String id, String label, LocalDate start, LocalDate end, String color, double size, double x,
            double y, Object[] values) {
        return new Element(id, label, null, null, 1, start, end, color, size, x, y, values);
    }

    static Element edge(String id, String source, String target, double weight, LocalDate start, LocalDate end,
            Object[] values) {
        return new Element(id, null, source, target, weight, start, end, null, 1, 0, 0, values);
    }
}

package org.alliancegraph.export;

import java.util.ArrayList;
import java.util.List;

/** What a CSV for French Excel must take care of, for every CSV the service writes. */
public final class ExcelCells {

    private ExcelCells() {
    }

    /**
     * For Excel, a text cell starting with = + - @ would be read as a formula (names and quotes come
     * from people's uploads): such a cell is written with a leading apostrophe, which Excel shows as text.
     */
    public static List<Object> inert(List<Object> row) {
        List<Object> safe = new ArrayList<>(row.size());
        for (Object v : row) {
            safe.add(v instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : v);
        }
        return safe;
    }
}

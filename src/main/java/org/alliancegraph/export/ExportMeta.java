package org.alliancegraph.export;

import java.util.List;

/**
 * What a file says about itself: its title and description, shape and language, the declared
 * columns, and whether it is directed (never: memberships and co-partnerships are symmetric) or
 * may hold parallel edges (a bipartite export does when an organisation has two roles in one alliance).
 */
record ExportMeta(String title, String description, ExportShape shape, Lang lang, List<Column> nodeColumns,
        List<Column> edgeColumns) {

    boolean multi() {
        return shape == ExportShape.BIPARTITE;
    }
}

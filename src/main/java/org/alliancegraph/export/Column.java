package org.alliancegraph.export;

/**
 * One typed attribute of the nodes or edges of an export, declared in the file (GEXF attributes,
 * GraphML keys, CSV headers) with a title in the export's language.
 */
record Column(String key, Type type, String titleFr, String titleEn) {

    /** Several values of one attribute (territories, SDG targets, sources) are joined with this. */
    static final String LIST_SEPARATOR = " | ";

    enum Type {
        STRING("string", "string"), INTEGER("integer", "int"), DOUBLE("double", "double"),
        /** ISO dates (YYYY-MM-DD), as strings in the files: neither GEXF nor GraphML has a date type for attributes. */
        DATE("string", "string");

        final String gexf;
        final String graphml;

        Type(String gexf, String graphml) {
            this.gexf = gexf;
            this.graphml = graphml;
        }
    }

    String title(Lang lang) {
        return lang == Lang.EN ? titleEn : titleFr;
    }

    static Column text(String key, String fr, String en) {
        return new Column(key, Type.STRING, fr, en);
    }
}

package org.alliancegraph.matching;

import java.util.List;

import org.alliancegraph.graph.Label;
import org.springframework.web.util.HtmlUtils;

/** The reconciliation preview: a small HTML page OpenRefine shows in a frame, every value escaped. */
final class Html {

    private Html() {
    }

    static String escape(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }

    static String preview(OrganisationFacts.Facts f) {
        var o = f.organisation();
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(o.name())).append("</title><style>body{font:14px system-ui,sans-serif;margin:8px}"
                        + "h1{font-size:16px;margin:0 0 4px}p{margin:2px 0;color:#333}</style></head><body>");
        b.append("<h1>").append(escape(o.name())).append(o.acronym() == null ? "" : " (" + escape(o.acronym()) + ")").append("</h1>");
        line(b, o.kind() == null ? null : Label.of(o.kind()).fr() + " / " + Label.of(o.kind()).en());
        line(b, f.territoryName());
        line(b, join("SIREN " , o.siren(), "RNA ", o.rna()));
        List<String> alliances = f.alliances();
        if (!alliances.isEmpty()) {
            line(b, alliances.size() + (alliances.size() == 1 ? " alliance : " : " alliances : ")
                    + String.join(", ", alliances.subList(0, Math.min(5, alliances.size()))) + (alliances.size() > 5 ? ", …" : ""));
        }
        line(b, o.website());
        return b.append("</body></html>").toString();
    }

    private static void line(StringBuilder b, String text) {
        if (text != null && !text.isBlank()) {
            b.append("<p>").append(escape(text)).append("</p>");
        }
    }

    private static String join(String aLabel, String a, String bLabel, String bValue) {
        String s = (a == null ? "" : aLabel + a) + (a != null && bValue != null ? " · " : "") + (bValue == null ? "" : bLabel + bValue);
        return s.isEmpty() ? null : s;
    }
}

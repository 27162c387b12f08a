package org.alliancegraph.registry;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the RNA's social-object codes mean to the graph, from {@code reference/rna/objets-sociaux.csv}:
 * a code's label, theme, PHARE fragility domain and SDG goals, where the table can say why.
 */
final class SocialObjects {

    /** One row: a theme ({@code 015000}) or a finer code the theme says too little of. */
    record SocialObject(String code, String labelFr, String labelEn, String fragilityDomain, List<Integer> sdgGoals, String why) {
    }

    static final Map<String, SocialObject> ROWS = rows();

    private SocialObjects() {
    }

    /** The theme of a six-digit code: its first three digits, then {@code 000}; null when it is no code. */
    static String theme(String code) {
        return code == null || !code.matches("\\d{6}") ? null : code.substring(0, 3) + "000";
    }

    /** The row a code falls under: its own, else its theme's; null when neither is known. */
    static SocialObject of(String code) {
        if (code == null) {
            return null;
        }
        SocialObject exact = ROWS.get(code);
        return exact != null ? exact : ROWS.get(theme(code));
    }

    private static Map<String, SocialObject> rows() {
        Map<String, SocialObject> byCode = new LinkedHashMap<>();
        for (var r : SireneCodes.read("reference/rna/objets-sociaux.csv")) {
            byCode.put(r.get("code"), new SocialObject(r.get("code"), r.get("label_fr"), r.get("label_en"),
                    r.get("fragility_domain").isBlank() ? null : r.get("fragility_domain"),
                    r.get("sdg_goals").isBlank() ? List.of()
                            : Arrays.stream(r.get("sdg_goals").split(",")).map(String::strip).map(Integer::valueOf).toList(),
                    r.get("why")));
        }
        return Map.copyOf(byCode);
    }
}

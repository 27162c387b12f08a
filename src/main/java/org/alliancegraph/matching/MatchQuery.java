package org.alliancegraph.matching;

import java.util.Locale;

/**
 * One name to match, with what else its writer knows: a kind ({@code ASSOCIATION}, ...; null: any),
 * a commune or a département (an id, an INSEE code, a name, {@code Laval (53)}), a SIREN (or a
 * SIRET, whose first nine digits are the SIREN), an RNA number, and how many candidates to return.
 */
public record MatchQuery(String name, String kind, String place, String siren, String rna, int limit) {

    public MatchQuery {
        siren = digits(siren);
        if (siren != null && siren.length() == 14) {
            siren = siren.substring(0, 9);
        }
        rna = rna == null || rna.isBlank() ? null : rna.strip().toUpperCase(Locale.ROOT);
        name = name == null || name.isBlank() ? null : name.strip();
        place = place == null || place.isBlank() ? null : place.strip();
    }

    private static String digits(String s) {
        if (s == null) {
            return null;
        }
        String d = s.replaceAll("[\\s.]", "");
        return d.isEmpty() ? null : d;
    }
}

package org.alliancegraph.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How people write an organisation's name, brought to one form: lower case without accents,
 * apostrophes and punctuation as spaces, elided articles and small words dropped, common
 * abbreviations written out ({@code Asso.}, {@code Féd.}, {@code Fond.}), and a weight per word:
 * words every legal form carries ({@code association}, {@code fondation}, {@code fédération},
 * {@code entreprise}) say little about which organisation is meant.
 */
final class NameForms {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    /** Elisions and small words: they change with who writes the name, never which organisation it is. */
    private static final Set<String> SMALL = Set.of("l", "d", "j", "qu", "s", "n", "m", "c", "le", "la", "les", "de",
            "des", "du", "et", "en", "au", "aux", "a", "pour", "par", "sur", "un", "une", "dans", "the", "of", "and", "for");

    private static final Map<String, String> WRITTEN_OUT = Map.ofEntries(Map.entry("asso", "association"),
            Map.entry("assoc", "association"), Map.entry("ass", "association"), Map.entry("fed", "federation"),
            Map.entry("fede", "federation"), Map.entry("fond", "fondation"), Map.entry("fondat", "fondation"),
            Map.entry("ste", "societe"), Map.entry("cie", "compagnie"), Map.entry("nat", "national"),
            Map.entry("natl", "national"), Map.entry("dept", "departemental"), Map.entry("dep", "departemental"),
            Map.entry("st", "saint"), Map.entry("inst", "institut"),
            Map.entry("intl", "international"), Map.entry("grpt", "groupement"), Map.entry("coop", "cooperative"));

    /** Words of legal forms and kinds, and France: many organisations share them. */
    private static final Set<String> COMMON = Set.of("association", "associations", "federation", "fondation", "fonds",
            "entreprise", "entreprises", "societe", "groupe", "union", "comite", "reseau", "collectif", "cooperative",
            "france", "francais", "francaise", "national", "nationale", "club", "amicale", "syndicat", "sas", "sa", "sarl",
            "eurl", "scop", "scic", "gip", "gie", "compagnie", "groupement", "institut", "mutuelle", "centre");

    static final double COMMON_WEIGHT = 0.3;

    private NameForms() {
    }

    /** The name's words in their one form, in order, each once. */
    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String w : NOT_WORD.split(plain(name))) {
            if (w.isEmpty() || SMALL.contains(w)) {
                continue;
            }
            words.add(WRITTEN_OUT.getOrDefault(w, w));
        }
        return List.copyOf(words);
    }

    /** Lower case, accents removed, {@code &} as {@code et}. */
    static String plain(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return s.toLowerCase(Locale.ROOT).replace("&", " et ").replace("œ", "oe").replace("æ", "ae");
    }

    static double weight(String word) {
        return COMMON.contains(word) ? COMMON_WEIGHT : 1.0;
    }

    /** The acronym a name's words make ({@code Fondation Abbé Pierre}: {@code fap}), small words left out. */
    static String initials(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(w.charAt(0));
        }
        return b.toString();
    }

    /** An acronym as written ({@code A.P.F.}, {@code Apf}): its letters in one form, or null when it has none. */
    static String acronym(String text) {
        if (text == null) {
            return null;
        }
        String s = NOT_WORD.matcher(plain(text)).replaceAll("");
        return s.isEmpty() ? null : s;
    }

    /** Whether a query written as one short word may be an acronym (checked against acronyms and initials). */
    static boolean mayBeAcronym(String query, List<String> words) {
        if (words.size() != 1) {
            return false;
        }
        String letters = query.replaceAll("[^\\p{L}\\p{N}]", "");
        return letters.length() >= 2 && letters.length() <= 8
                && (letters.equals(letters.toUpperCase(Locale.ROOT)) || query.contains(".") || letters.length() <= 5);
    }

    /** The words and their forms, for the full-text index: each word, with a typo allowed in long ones. */
    static String indexQuery(List<String> words, String extraTerm) {
        List<String> terms = new ArrayList<>();
        for (String w : words) {
            terms.add(w.length() >= 5 ? w + "~1" : w);
        }
        if (extraTerm != null && !extraTerm.isEmpty()) {
            terms.add(extraTerm);
        }
        return String.join(" ", terms);
    }
}

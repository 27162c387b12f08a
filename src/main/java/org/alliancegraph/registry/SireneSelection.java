package org.alliancegraph.registry;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which SIRENE units to import: of some kinds (the social and solidarity economy as SIRENE marks it,
 * associations, foundations, public bodies, or all), and optionally only those whose head office is
 * in some départements. {@code --select=ess,public --departements=53,72}.
 */
public record SireneSelection(Set<Part> parts, Set<String> departements) {

    public enum Part { ESS, ASSOCIATIONS, FOUNDATIONS, PUBLIC, ALL }

    public static final SireneSelection ESS = new SireneSelection(EnumSet.of(Part.ESS), Set.of());

    /** Parsed from the command line's words; a word it does not know names the ones it does. */
    public static SireneSelection parse(String select, String departements) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (String word : (select == null || select.isBlank() ? "ess" : select).split(",")) {
            try {
                parts.add(Part.valueOf(word.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--select: '" + word.strip() + "' is not one of ess, associations, foundations, public, all");
            }
        }
        Set<String> codes = new TreeSet<>();
        if (departements != null && !departements.isBlank()) {
            for (String code : departements.split(",")) {
                String c = code.strip().toUpperCase(Locale.ROOT);
                if (!c.matches("\\d{2}|2[AB]|97\\d")) {
                    throw new IllegalArgumentException("--departements: '" + code.strip() + "' is not a département code (53, 2A, 974)");
                }
                codes.add("departement:" + c);
            }
        }
        return new SireneSelection(parts, codes);
    }

    /** Whether a unit of this legal category and ESS mark is selected (its place is checked apart). */
    boolean takes(String category, boolean ess) {
        if (parts.contains(Part.ALL)) {
            return true;
        }
        String c = category == null ? "" : category;
        return parts.contains(Part.ESS) && ess
                || parts.contains(Part.ASSOCIATIONS) && c.startsWith("92")
                || parts.contains(Part.FOUNDATIONS) && c.startsWith("93")
                || parts.contains(Part.PUBLIC) && (c.startsWith("4") || c.startsWith("7"));
    }

    String describe() {
        return String.join(",", parts.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList())
                + (departements.isEmpty() ? "" : " in " + String.join(",", departements));
    }
}

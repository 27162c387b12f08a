package org.alliancegraph.export;

import java.util.Locale;

import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.graph.Label;

/** The language of an export's titles and labels; codes (kinds, modes, roles) are the same in both. */
enum Lang {
    FR, EN;

    String of(Label label) {
        return label == null ? null : this == EN ? label.en() : label.fr();
    }

    static Lang parse(String value) {
        if (value == null || value.isBlank()) {
            return FR;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "fr" -> FR;
            case "en" -> EN;
            default -> throw new InvalidInputException("lang", "'lang' must be fr or en, got '" + value + "'");
        };
    }
}

package org.alliancegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void the_rule_follows_the_field_or_column_name() {
        assertThat(TextRules.kindOf("id")).isEqualTo(TextRules.Kind.IDENTIFIER);
        assertThat(TextRules.kindOf("input.provenance.source")).isEqualTo(TextRules.Kind.IDENTIFIER);
        assertThat(TextRules.kindOf("sdg_note")).isEqualTo(TextRules.Kind.TEXT);
        assertThat(TextRules.kindOf("input.sdgNote")).isEqualTo(TextRules.Kind.TEXT);
        assertThat(TextRules.kindOf("name")).isEqualTo(TextRules.Kind.NAME);
        assertThat(TextRules.kindOf("website")).isEqualTo(TextRules.Kind.URL);
    }

    @Test
    void lengths_control_characters_spaces_and_broken_unicode_are_refused_with_a_reason() {
        assertThat(TextRules.problem(TextRules.Kind.NAME, "Société d’économie 🌍")).isEmpty();
        assertThat(TextRules.problem(TextRules.Kind.TEXT, "deux\nlignes\tet une tabulation")).isEmpty();
        assertThat(TextRules.problem(TextRules.Kind.NAME, "x".repeat(1_000_000))).contains(
                "is 1000000 characters long; at most 500 for a name or label");
        assertThat(TextRules.problem(TextRules.Kind.NAME, "\u0000")).contains(
                "holds the control character U+0000 at position 1; remove it");
        assertThat(TextRules.problem(TextRules.Kind.NAME, "a\nb")).get().asString().contains("U+000A").contains("span lines");
        assertThat(TextRules.problem(TextRules.Kind.IDENTIFIER, "asso tours")).get().asString()
                .startsWith("holds a space or a line break at position 5");
        assertThat(TextRules.problem(TextRules.Kind.TEXT, "lone \uD800 half")).get().asString().contains("not valid Unicode");
        assertThat(TextRules.problem(TextRules.Kind.TEXT, "\u007F")).get().asString().contains("U+007F");
    }
}

package org.alliancegraph.writing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void siren_needs_nine_digits_and_a_valid_check_digit() {
        assertThat(Identifiers.sirenProblem("552100554")).isEmpty();
        assertThat(Identifiers.sirenProblem("732829320")).isEmpty();
        assertThat(Identifiers.sirenProblem("552100555")).hasValueSatisfying(p -> assertThat(p).contains("check digit"));
        assertThat(Identifiers.sirenProblem("55210055")).hasValueSatisfying(p -> assertThat(p).contains("9 digits"));
        assertThat(Identifiers.normaliseSiren("552 100 554")).isEqualTo("552100554");
    }

    @Test
    void rna_is_w_then_nine_characters() {
        assertThat(Identifiers.rnaProblem("W751234567")).isEmpty();
        assertThat(Identifiers.rnaProblem("W2A1000123")).isEmpty();
        assertThat(Identifiers.rnaProblem("751234567")).isPresent();
        assertThat(Identifiers.rnaProblem("W75123456")).isPresent();
    }
}

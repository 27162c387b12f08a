package org.alliancegraph.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.alliancegraph.vocabulary.AllianceMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** The filter written into the partners statements' slots (the statements run on a database in PartnerEdgesTest). */
class AllianceFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"reachable-1", "reachable-2", "reachable-3"})
    void every_slot_is_filled_and_the_parameters_come_with_it(String name) throws IOException {
        String statement = new ClassPathResource("cypher/partners/" + name + ".cypher").getContentAsString(StandardCharsets.UTF_8);
        long slots = statement.split("true /\\*(hop|inForce)\\(", -1).length - 1;
        assertThat(slots).as("slots in %s", name).isGreaterThanOrEqualTo(3);

        AllianceFilter filter = new AllianceFilter(List.of(AllianceMode.MECENAT), null, null, null, null, "17.17", null,
                null, null, LocalDate.of(2024, 1, 1), null, null);
        AllianceFilter.Filled filled = filter.fill(statement, "f_");
        assertThat(filled.cypher()).doesNotContain("/*hop(").doesNotContain("/*inForce(");
        assertThat(filled.parameters()).containsKeys("f_modes", "f_sdgTarget", "f_activeAt").hasSize(3);
        // Each hop slot names its alliance and both memberships: a membership not in force on the day
        // must not carry the walk, on any level or path.
        assertThat(filled.cypher()).contains("m1.since", "m2.until", "m.since", "a.mode IN $f_modes");
        if (!name.endsWith("-1")) {
            assertThat(filled.cypher()).contains("b2.since", "c2.until", "b1.since", "c1.until", "a2.mode IN $f_modes");
        }

        // No filter: every slot is plain true, so the file as written is the unfiltered statement.
        AllianceFilter.Filled none = AllianceFilter.NONE.fill(statement, "f_");
        assertThat(none.parameters()).isEmpty();
        assertThat(none.cypher()).isEqualTo(statement.replaceAll("true /\\*(hop|inForce)\\([^)]*\\)\\*/", "true"));
    }
}

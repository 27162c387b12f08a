package org.alliancegraph.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The filter's criteria from cypher/filters/alliance.cypher, and the filter written into the partners
 * statements' slots (the statements run on a database in PartnerEdgesTest and the lists' tests).
 */
class AllianceFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"reachable-1", "reachable-2", "reachable-3"})
    void every_slot_is_filled_and_the_parameters_come_with_it(String name) {
        String statement = CypherText.read("partners/" + name + ".cypher");
        long slots = statement.split("true /\\*(hop|inForce)\\(", -1).length - 1;
        assertThat(slots).as("slots in %s", name).isGreaterThanOrEqualTo(3);

        AllianceFilter filter = new AllianceFilter(List.of(AllianceMode.MECENAT), null, null, null, null, "17.17", null,
                null, null, LocalDate.of(2024, 1, 1), null, null);
        AllianceFilter.Filled filled = filter.fill(statement);
        assertThat(filled.cypher()).doesNotContain("/*hop(").doesNotContain("/*inForce(");
        assertThat(filled.parameters()).containsKeys("modes", "sdgTarget", "activeAt").hasSize(3);
        // Each hop slot names its alliance and both memberships: a membership not in force on the day
        // must not carry the walk, on any level or path.
        assertThat(filled.cypher()).contains("m1.since", "m2.until", "m.since", "a.mode IN $modes", "(a)-[:CONTRIBUTES_TO]->");
        if (!name.endsWith("-1")) {
            assertThat(filled.cypher()).contains("b2.since", "c2.until", "b1.since", "c1.until", "a2.mode IN $modes",
                    "(a2)-[:CONTRIBUTES_TO]->", "a2.startDate <= $activeAt");
        }

        // No filter: every slot is plain true, so the file as written is the unfiltered statement.
        AllianceFilter.Filled none = AllianceFilter.NONE.fill(statement);
        assertThat(none.parameters()).isEmpty();
        assertThat(none.cypher()).isEqualTo(statement.replaceAll("true /\\*(hop|inForce)\\([^)]*\\)\\*/", "true"));
    }

    @Test
    void each_criterion_given_adds_its_predicate_from_the_file_and_its_value() {
        CypherText.Fragments file = CypherText.fragments("filters/alliance.cypher");
        AllianceFilter filter = new AllianceFilter(List.of(AllianceMode.MECENAT), List.of(InnovationPhase.ESSAIMAGE), null,
                "region:11", "17", null, List.of("EDUCATION"), "prog-1", null, LocalDate.of(2024, 1, 1),
                List.of(OrganisationKind.ASSOCIATION), "org-1");
        Conditions c = filter.apply(new Conditions());
        assertThat(c.predicates()).containsExactly(file.get("modes"), file.get("phases"), file.get("territory"),
                file.get("sdgGoal"), file.get("fragilityDomains"), file.get("programme"), file.get("activeAt"),
                file.get("partner"), file.get("partnerKinds"));
        assertThat(c.parameters()).containsEntry("modes", List.of("MECENAT")).containsEntry("territory", "region:11")
                .containsEntry("partnerKinds", List.of("ASSOCIATION")).hasSize(9);
        assertThat(AllianceFilter.NONE.apply(new Conditions()).isEmpty()).isTrue();
        assertThat(AllianceFilter.NONE.isEmpty()).isTrue();
    }
}

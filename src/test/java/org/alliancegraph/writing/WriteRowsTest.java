package org.alliancegraph.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.EvidenceBasis;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.writing.WriteRows.AllianceRow;
import org.alliancegraph.writing.WriteRows.OrganisationRow;
import org.alliancegraph.writing.WriteRows.Problem;
import org.alliancegraph.writing.WriteRows.SourceRow;
import org.junit.jupiter.api.Test;

/** The rows' own value rules, which the importer and the mutations both apply (EditingTest runs both). */
class WriteRowsTest {

    static AllianceRow alliance(LocalDate start, LocalDate end, List<String> targets, EvidenceBasis basis) {
        return new AllianceRow("a", "A", AllianceMode.MECENAT, null, null, null, start, end, null, List.of(), targets, basis,
                null, List.of(), List.of(), List.of(), List.of(), "s", null, null);
    }

    @Test
    void each_rule_names_its_field_in_the_callers_words() {
        AllianceRow backwards = alliance(LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1), List.of("17.17"), null);
        assertThat(backwards.problems(WriteRows.CSV_COLUMNS)).extracting(Problem::field, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("endDate", "'end_date' (2020-01-01) is before 'start_date' (2021-01-01)"),
                org.assertj.core.groups.Tuple.tuple("sdgBasis", "say why the alliance contributes to [17.17]: SOURCE (a source "
                        + "states it) or PURPOSE (inferred from its purpose)"));
        assertThat(backwards.problems(field -> field).getFirst().message())
                .isEqualTo("'endDate' (2020-01-01) is before 'startDate' (2021-01-01)");
        assertThat(WriteRows.CSV_COLUMNS.apply("phaseSince")).isEqualTo("phase_since");
        assertThat(alliance(null, LocalDate.of(2020, 1, 1), List.of("17.17"), EvidenceBasis.SOURCE).problems(f -> f)).isEmpty();

        OrganisationRow organisation = new OrganisationRow("o", "O", OrganisationKind.ENTREPRISE, null, null, "552 100 555",
                "X1", null, null, "ftp://example.org", List.of(), "s", null, null);
        assertThat(organisation.siren()).as("normalised before it is checked").isEqualTo("552100555");
        assertThat(organisation.problems(f -> f)).extracting(Problem::field).containsExactly("siren", "rna", "website");
        for (String bad : List.of("2024-13", "2023-02-29", "24", "2024-1-5", "+2024")) {
            assertThat(new SourceRow("s", "S", null, bad, null, null, null).problems(f -> f)).as(bad).extracting(Problem::field)
                    .containsExactly("date");
        }
        for (String good : List.of("2024", "2024-02", "2024-02-29")) {
            assertThat(new SourceRow("s", "S", null, good, null, null, null).problems(f -> f)).as(good).isEmpty();
        }
    }

    @Test
    void parameters_leave_out_what_is_absent() {
        OrganisationRow organisation = new OrganisationRow("o", "O", OrganisationKind.ASSOCIATION, null, null, null, null,
                null, null, null, List.of(), "s", null, null);
        // An empty inferred list is no list: no empty array property is stored.
        assertThat(organisation.parameters()).containsOnlyKeys("id", "name", "kind", "source").containsEntry("kind", "ASSOCIATION");
        assertThat(alliance(null, null, List.of(), null).parameters()).containsEntry("status", "INCONNU")
                .doesNotContainKey("inferred");
    }
}

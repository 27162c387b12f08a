package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/** A value that is not a date is refused with a message a person can act on, and no Java type in it. */
@AllianceGraphTest
class DateScalarTest {

    static final String QUERY = "query($d: Date) { alliances(filter: {activeAt: $d}, first: 1) { nodes { id } } }";

    @Autowired
    GraphQlTester graphQl;

    List<ResponseError> errors(Object date) {
        List<ResponseError> errors = new ArrayList<>();
        graphQl.document(QUERY).variable("d", date).execute().errors().satisfy(errors::addAll);
        return errors;
    }

    @Test
    void a_bad_date_variable_says_how_a_date_is_written() {
        for (Object bad : List.of(20200101, "2020-13-45", "not a date", List.of("2020-01-01"), Map.of("y", 2020), true)) {
            List<ResponseError> errors = errors(bad);
            assertThat(errors).as("%s", bad).hasSize(1);
            assertThat(errors.getFirst().getMessage()).as("%s", bad).contains("YYYY-MM-DD")
                    .doesNotContain("java.", "TemporalAccessor", "Exception");
        }
    }

    @Test
    void a_bad_date_literal_says_the_same_and_a_good_one_answers() {
        List<ResponseError> errors = new ArrayList<>();
        graphQl.document("{ alliances(filter: {activeAt: 2020}, first: 1) { nodes { id } } }").execute().errors()
                .satisfy(errors::addAll);
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().getMessage()).contains("YYYY-MM-DD").doesNotContain("java.");
        assertThat(errors("2020-01-01")).isEmpty();
    }
}

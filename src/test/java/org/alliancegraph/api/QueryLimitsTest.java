package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** A request too deep or too large is refused before anything runs, naming the limit and the value. */
@AllianceGraphTest
class QueryLimitsTest {

    @Autowired
    GraphQlTester graphQl;

    /** partners, then the partners of each partner, {@code levels} times. */
    static String nested(int levels) {
        String inner = "id";
        for (int i = 0; i < levels - 1; i++) {
            inner = "id partners { organisation { " + inner + " } }";
        }
        return "{ organisation(id: \"wimoov\") { partners { organisation { " + inner + " } } } }";
    }

    ResponseError refused(String query) {
        long start = System.nanoTime();
        List<ResponseError> errors = new java.util.ArrayList<>();
        graphQl.document(query).execute().errors().satisfy(errors::addAll);
        assertThat((System.nanoTime() - start) / 1e9).as("refused at once").isLessThan(1.0);
        assertThat(errors).hasSize(1);
        return errors.getFirst();
    }

    @Test
    void eight_nested_levels_of_partners_are_refused_for_their_depth() {
        ResponseError error = refused(nested(8));
        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
        assertThat(error.getExtensions()).containsEntry("limit", "max-depth").containsEntry("max", 15);
        assertThat(error.getMessage()).contains("levels deep").contains("alliance-graph.limits.max-depth");
    }

    @Test
    void four_nested_levels_are_refused_for_what_they_could_return() {
        ResponseError error = refused(nested(4));
        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
        assertThat(error.getExtensions()).containsEntry("limit", "max-complexity");
        assertThat((Integer) error.getExtensions().get("value")).isGreaterThan(2_000_000);
        assertThat(error.getMessage()).contains("smaller pages");
    }

    @Test
    void ordinary_questions_pass_and_the_service_answers_after_a_refusal() {
        refused(nested(8));
        Map<String, Object> answer = graphQl.document(nested(2)).execute().errors().verify().path("organisation")
                .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(answer).containsKey("partners");
        graphQl.document(nested(3)).execute().errors().verify();
        graphQl.document("{ partners(organisation: \"wimoov\", depth: 3, first: 100) { totalCount edges { organisation { id memberships { role } } } } }")
                .execute().errors().verify();
    }
}

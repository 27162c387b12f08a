package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
        List<ResponseError> errors = new ArrayList<>();
        graphQl.document(query).execute().errors().satisfy(errors::addAll);
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
        assertThat(((Number) error.getExtensions().get("value")).longValue()).isGreaterThan(500_000);
        assertThat(error.getMessage()).contains("smaller pages");
    }

    @Test
    void six_nested_levels_are_refused_too_the_cost_saturates_instead_of_overflowing() {
        for (int levels = 4; levels <= 6; levels++) {
            ResponseError error = refused(nested(levels));
            assertThat(error.getExtensions()).as("%d levels", levels).containsEntry("limit", "max-complexity");
            assertThat(((Number) error.getExtensions().get("value")).longValue()).isGreaterThan(500_000);
        }
    }

    @Test
    void lists_without_first_are_costed_by_their_size_and_each_alias_counts() {
        String communes = "territories(level: COMMUNE, parent: \"FR\") { id name ancestors { id } }";
        StringBuilder sixteen = new StringBuilder("{");
        for (int i = 0; i < 16; i++) {
            sixteen.append(" a").append(i).append(": ").append(communes);
        }
        ResponseError error = refused(sixteen.append(" }").toString());
        assertThat(error.getExtensions()).containsEntry("limit", "max-complexity");
        // The same list once is within the limit and answers.
        graphQl.document("{ territories(level: REGION) { id name ancestors { id } } }").execute().errors().verify()
                .path("territories").entityList(Object.class).hasSizeGreaterThan(10);
    }

    @Test
    void fragments_spread_into_fragments_are_costed_by_what_they_expand_to() {
        // Ten aliases of the next fragment, five fragments deep: 10^5 partner lists of 50, refused.
        StringBuilder doc = new StringBuilder("{ organisation(id: \"wimoov\") { ...F0 } }");
        for (int f = 0; f < 5; f++) {
            doc.append(" fragment F").append(f).append(" on Organisation {");
            for (int a = 0; a < 10; a++) {
                doc.append(" p").append(a).append(": partners { organisation { ").append(f < 4 ? "...F" + (f + 1) : "id").append(" } }");
            }
            doc.append(" }");
        }
        ResponseError error = refused(doc.toString());
        assertThat(error.getExtensions()).containsEntry("limit", "max-complexity");
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

package org.alliancegraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** French elisions (l’, d’, qu’, with either apostrophe) do not hide a word, on names of the demonstration data. */
@AllianceGraphTest
class FrenchSearchTest {

    @Autowired
    GraphQlTester graphQl;

    List<String> search(String text) {
        return graphQl.document("query($t: String!) { search(text: $t) { node { ... on Alliance { id } ... on Organisation { id } } } }")
                .variable("t", text).execute().path("search[*].node.id").entityList(String.class).get();
    }

    @Test
    void a_word_after_an_apostrophe_is_found_with_or_without_the_elision() {
        for (String text : List.of("innovation territoriale", "l'innovation territoriale", "l’innovation territoriale",
                "L’INNOVATION", "territoriale en actions")) {
            assertThat(search(text)).as(text).contains("plateforme-innovation-territoriale");
        }
        assertThat(graphQl.document("{ alliances(text: \"innovation territoriale\") { nodes { id } } }").execute()
                .path("alliances.nodes[*].id").entityList(String.class).get()).contains("plateforme-innovation-territoriale");
    }

    @Test
    void territories_too() {
        assertThat(graphQl.document("{ searchTerritories(text: \"abergement clemenciat\") { id } }").execute()
                .path("searchTerritories[*].id").entityList(String.class).get()).contains("commune:01001");
        assertThat(graphQl.document("{ searchTerritories(text: \"lozere\", levels: [DEPARTEMENT]) { id } }").execute()
                .path("searchTerritories[*].id").entityList(String.class).get()).containsExactly("departement:48");
    }
}

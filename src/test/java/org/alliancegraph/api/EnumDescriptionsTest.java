package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.graph.Labelled;
import org.alliancegraph.territory.TerritoryLevel;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.AllianceStatus;
import org.alliancegraph.vocabulary.EvidenceBasis;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.vocabulary.PartnerRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Every value a user filters on is described in GraphiQL with its French and English meaning, the same as the API's labels. */
@AllianceGraphTest
class EnumDescriptionsTest {

    @Autowired
    GraphQlTester graphQl;

    @Test
    void filter_values_carry_their_labels_in_both_languages() {
        for (Class<? extends Enum<?>> type : List.of(AllianceMode.class, OrganisationKind.class, PartnerRole.class,
                InnovationPhase.class, AllianceStatus.class, EvidenceBasis.class, TerritoryLevel.class)) {
            List<Map> values = graphQl.document("query($t: String!) { __type(name: $t) { enumValues { name description } } }")
                    .variable("t", type.getSimpleName()).execute().path("__type.enumValues").entityList(Map.class).get();
            assertThat(values).as(type.getSimpleName()).hasSize(type.getEnumConstants().length);
            for (Enum<?> constant : type.getEnumConstants()) {
                Labelled labelled = (Labelled) constant;
                Map<?, ?> value = values.stream().filter(v -> v.get("name").equals(constant.name())).findFirst().orElseThrow();
                assertThat((String) value.get("description")).as(type.getSimpleName() + "." + constant.name())
                        .contains(labelled.labelFr()).contains(labelled.labelEn());
            }
        }
    }
}

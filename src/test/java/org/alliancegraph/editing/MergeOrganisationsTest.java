package org.alliancegraph.editing;

import static org.alliancegraph.support.SessionClient.classification;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.support.SessionClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

/**
 * Two organisations that are the same become one: memberships, sources, identifiers and location
 * kept, the merged id answering as an alias, the merge in the history; deleting needs ADMIN.
 */
@AllianceGraphTest
class MergeOrganisationsTest {

    static final String SOURCE = "provenance: {source: \"lerameau-2018-phare\"}";

    @LocalServerPort
    int port;
    @Autowired
    Neo4jClient client;

    @AfterEach
    void clean() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'mg-' DETACH DELETE n").run();
        client.query("MATCH (c:Change) WHERE c.subject STARTS WITH 'mg-' DELETE c").run();
    }

    JsonNode as(SessionClient who, String mutation) throws Exception {
        return who.graphQl("mutation { " + mutation + " }");
    }

    @Test
    void the_merged_organisation_keeps_every_fact_and_its_id_answers_for_the_kept_one() throws Exception {
        SessionClient admin = new SessionClient(port);
        assertThat(admin.signIn("first-admin@alliance-graph.test", "first admin's password").statusCode()).isEqualTo(200);
        for (String m : new String[] {
                "upsertAlliance(input: {id: \"mg-a1\", name: \"A1\", mode: MECENAT, " + SOURCE + "}) { id }",
                "upsertAlliance(input: {id: \"mg-a2\", name: \"A2\", mode: MECENAT, " + SOURCE + "}) { id }",
                "upsertOrganisation(input: {id: \"mg-keep\", name: \"Ressourcerie\", kind: ASSOCIATION, " + SOURCE + "}) { id }",
                "upsertOrganisation(input: {id: \"mg-dup\", name: \"La Ressourcerie\", kind: ASSOCIATION, siren: \"552100554\", "
                        + "territory: \"commune:53130\", provenance: {source: \"observatoire-2019-impact\"}}) { id }",
                "setMembership(input: {alliance: \"mg-a1\", organisation: \"mg-keep\", role: PORTEUR, " + SOURCE + "}) { role }",
                "setMembership(input: {alliance: \"mg-a1\", organisation: \"mg-dup\", role: PORTEUR, " + SOURCE + "}) { role }",
                "setMembership(input: {alliance: \"mg-a2\", organisation: \"mg-dup\", role: FINANCEUR, since: \"2020-01-01\", "
                        + SOURCE + "}) { role }"}) {
            assertThat(as(admin, m).has("errors")).as(m).isFalse();
        }
        JsonNode merged = as(admin, "mergeOrganisations(keep: \"mg-keep\", merge: \"mg-dup\") { id siren "
                + "memberships { role since alliance { id } } provenance { source { id } } territory { id } history(first: 1) { by operation } }");
        assertThat(merged.has("errors")).as(merged.toString()).isFalse();
        JsonNode kept = merged.path("data").path("mergeOrganisations");
        assertThat(kept.path("siren").asString()).isEqualTo("552100554");
        assertThat(kept.path("territory").path("id").asString()).isEqualTo("commune:53130");
        assertThat(kept.path("memberships").size()).as("the same role in the same alliance once").isEqualTo(2);
        assertThat(kept.path("memberships").toString()).contains("mg-a2", "FINANCEUR", "2020-01-01");
        assertThat(kept.path("provenance").toString()).contains("lerameau-2018-phare", "observatoire-2019-impact");
        assertThat(kept.path("history").path(0).path("operation").asString()).isEqualTo("mergeOrganisations mg-dup");

        JsonNode byOldId = admin.graphQl("{ organisation(id: \"mg-dup\") { id name } }");
        assertThat(byOldId.path("data").path("organisation").path("id").asString()).isEqualTo("mg-keep");
        assertThat(client.query("MATCH (o:Organisation {id: 'mg-dup'}) RETURN count(o)").fetchAs(Long.class).one().orElseThrow()).isZero();

        assertThat(classification(as(admin, "mergeOrganisations(keep: \"mg-keep\", merge: \"mg-keep\") { id }"))).isEqualTo("BAD_REQUEST");

        // Kept with no alliance of its own, it is partner in the merged one's.
        for (String m : new String[] {
                "upsertOrganisation(input: {id: \"mg-lone\", name: \"Recyclerie\", kind: ASSOCIATION, " + SOURCE + "}) { id }",
                "upsertOrganisation(input: {id: \"mg-dup2\", name: \"La Recyclerie\", kind: ASSOCIATION, " + SOURCE + "}) { id }",
                "setMembership(input: {alliance: \"mg-a1\", organisation: \"mg-dup2\", role: PORTEUR, " + SOURCE + "}) { role }",
                "mergeOrganisations(keep: \"mg-lone\", merge: \"mg-dup2\") { id }"}) {
            assertThat(as(admin, m).has("errors")).as(m).isFalse();
        }
        assertThat(client.query("MATCH (o:Organisation:Allied {id: 'mg-lone'}) RETURN count(o)").fetchAs(Long.class).one().orElseThrow())
                .isOne();
        assertThat(as(admin, "deleteOrganisation(id: \"mg-keep\")").path("data").path("deleteOrganisation").asBoolean()).isTrue();
        assertThat(admin.graphQl("{ organisation(id: \"mg-keep\") { id } }").path("data").path("organisation").isNull()).isTrue();
    }
}

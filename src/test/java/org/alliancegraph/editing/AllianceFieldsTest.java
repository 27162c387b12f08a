package org.alliancegraph.editing;

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
 * An alliance's own fields changed without restating its links: territories, programmes and each SDG
 * target's own basis stay, what derives from the name and the mode follows, repeating it changes
 * nothing, dates out of order are refused by field.
 */
@AllianceGraphTest
class AllianceFieldsTest {

    @LocalServerPort
    int port;
    @Autowired
    Neo4jClient client;

    @AfterEach
    void clean() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'af-' DETACH DELETE n").run();
        client.query("MATCH (c:Change) WHERE c.subject STARTS WITH 'af-' DELETE c").run();
    }

    @Test
    void the_fields_change_and_the_links_stay() throws Exception {
        SessionClient admin = new SessionClient(port);
        assertThat(admin.signIn("first-admin@alliance-graph.test", "first admin's password").statusCode()).isEqualTo(200);
        JsonNode made = admin.graphQl("""
                mutation { upsertAlliance(input: {id: "af-1", name: "Avant", mode: MECENAT, territories: ["commune:53130"],
                  programmes: ["phare"], sdgTargets: ["17.17"], sdgBasis: SOURCE, provenance: {source: "lerameau-2018-phare"}}) { version } }""");
        assertThat(made.has("errors")).as(made.toString()).isFalse();
        admin.graphQl("mutation { linkAlliance(input: {alliance: \"af-1\", sdgTargets: [\"17.16\"], sdgBasis: PURPOSE}) { id } }");
        String change = """
                mutation { setAllianceFields(input: {alliance: "af-1", name: "Après", mode: INNOVATION_SOCIETALE, status: EN_COURS,
                  startDate: "2024-01-15", objectives: "Un objet", provenance: {source: "observatoire-2019-impact", quote: "cité"}})
                  { name mode status startDate version territories { id } programmes { id } sdgTargets { target { code } basis } } }""";
        JsonNode changed = admin.graphQl(change).path("data").path("setAllianceFields");
        assertThat(changed.path("name").asString()).isEqualTo("Après");
        assertThat(changed.path("mode").asString()).isEqualTo("INNOVATION_SOCIETALE");
        assertThat(changed.path("startDate").asString()).isEqualTo("2024-01-15");
        assertThat(changed.path("territories").toString()).contains("commune:53130");
        assertThat(changed.path("programmes").toString()).contains("phare");
        assertThat(changed.path("sdgTargets").toString()).contains("\"code\":\"17.17\"},\"basis\":\"SOURCE\"")
                .contains("\"code\":\"17.16\"},\"basis\":\"PURPOSE\"");
        // Derived links follow: the département's IN_PLACE carries the new name, the tallies the new mode.
        assertThat(client.query("MATCH (:Alliance {id: 'af-1'})-[p:IN_PLACE]->() WITH collect(DISTINCT p.name) AS names "
                + "RETURN reduce(s = '', n IN names | s + n + ';')").fetchAs(String.class).one().orElseThrow()).isEqualTo("Après;");
        assertThat(client.query("MATCH (:Alliance {id: 'af-1'})-[:TALLIED_IN]->(m) WITH collect(DISTINCT m.mode) AS modes "
                + "RETURN reduce(s = '', n IN modes | s + n + ';')").fetchAs(String.class).one().orElseThrow()).isEqualTo("INNOVATION_SOCIETALE;");
        int version = changed.path("version").asInt();
        assertThat(admin.graphQl(change).path("data").path("setAllianceFields").path("version").asInt()).as("repeated: nothing changes")
                .isEqualTo(version);

        JsonNode refused = admin.graphQl("""
                mutation { setAllianceFields(input: {alliance: "af-1", name: "Après", mode: MECENAT, startDate: "2024-01-15",
                  endDate: "2023-01-01", provenance: {source: "lerameau-2018-phare"}}) { id } }""");
        assertThat(refused.path("errors").path(0).path("extensions").path("argument").asString()).isEqualTo("input.endDate");
    }
}

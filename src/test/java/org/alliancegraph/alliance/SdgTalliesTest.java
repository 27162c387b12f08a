package org.alliancegraph.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.reference.ReferenceDataLoader;
import org.alliancegraph.vocabulary.AllianceMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The total of a list of the alliances of one mode contributing to one SDG target is the degree of
 * the (:SdgTargetMode) node of the pair (schema V007). Its links must say exactly what the
 * contributions and modes say, for every pair, after the demonstration data's import, and a start
 * sets them for alliances stored without them.
 */
@AllianceGraphTest
class SdgTalliesTest {

    /** Every pair, as "target mode count", from the contributions themselves. */
    static final String FROM_CONTRIBUTIONS = """
            MATCH (a:Alliance)-[:CONTRIBUTES_TO]->(t:SdgTarget) WHERE a.mode IS NOT NULL
            WITH t.code AS target, a.mode AS mode, count(a) AS n
            RETURN target + ' ' + mode + ' ' + n AS pair ORDER BY pair""";

    /** Every pair, as "target mode degree", from the tallies; those of degree 0 left out (a pair no alliance holds any more). */
    static final String FROM_TALLIES = """
            MATCH (m:SdgTargetMode)
            WITH m, COUNT { (m)<-[:TALLIED_IN]-() } AS n WHERE n > 0
            RETURN m.target + ' ' + m.mode + ' ' + n AS pair ORDER BY pair""";

    @Autowired
    Neo4jClient client;
    @Autowired
    ReferenceDataLoader reference;
    @Autowired
    GraphQlTester graphQl;

    List<String> pairs(String query) {
        return List.copyOf(client.query(query).fetchAs(String.class).all());
    }

    @Test
    void every_pair_s_tally_counts_its_alliances() {
        List<String> expected = pairs(FROM_CONTRIBUTIONS);
        assertThat(expected).isNotEmpty();
        assertThat(pairs(FROM_TALLIES)).isEqualTo(expected);
        // No link to the tally of a target the alliance does not contribute to, or of another mode.
        assertThat(client.query("""
                MATCH (a:Alliance)-[:TALLIED_IN]->(m:SdgTargetMode)
                WHERE m.mode <> a.mode OR NOT EXISTS { (a)-[:CONTRIBUTES_TO]->(:SdgTarget {code: m.target}) }
                RETURN count(*)""").fetchAs(Long.class).one().orElseThrow()).isZero();
    }

    @Test
    void the_list_s_total_is_the_tally_and_a_pair_no_alliance_holds_counts_zero() {
        String[] pair = pairs(FROM_CONTRIBUTIONS).getFirst().split(" ");
        assertThat(total(pair[1], pair[0])).isEqualTo(Long.parseLong(pair[2]));
        // Every target has a tally for every mode from the start (an import creates none of them).
        assertThat(client.query("MATCH (m:SdgTargetMode) RETURN count(m)").fetchAs(Long.class).one().orElseThrow())
                .isEqualTo(169L * AllianceMode.values().length);
        // 1.1 (extreme poverty) with a mode no alliance holds for it: a total of 0.
        String none = client.query("""
                UNWIND $modes AS mode
                WITH mode WHERE NOT EXISTS { (:Alliance {mode: mode})-[:CONTRIBUTES_TO]->(:SdgTarget {code: '1.1'}) }
                RETURN mode LIMIT 1""").bind(java.util.Arrays.stream(AllianceMode.values()).map(Enum::name).toList()).to("modes")
                .fetchAs(String.class).one().orElseThrow();
        assertThat(total(none, "1.1")).isZero();
    }

    long total(String mode, String target) {
        return graphQl.document("""
                { alliances(filter: {modes: [%s], sdgTarget: "%s"}, first: 5) { totalCount } }""".formatted(mode, target))
                .execute().path("alliances.totalCount").entity(Long.class).get();
    }

    @Test
    void a_start_sets_the_tallies_of_alliances_stored_without_them() {
        List<String> expected = pairs(FROM_CONTRIBUTIONS);
        client.query("MATCH (:Alliance)-[x:TALLIED_IN]->() DELETE x").run();
        client.query("MATCH (d:Dataset {id: 'derived:sdg-tallies'}) DELETE d").run();
        assertThat(pairs(FROM_TALLIES)).isEmpty();
        reference.loadIfAbsent();
        assertThat(pairs(FROM_TALLIES)).isEqualTo(expected);
        assertThat(client.query("MATCH (d:Dataset {id: 'derived:sdg-tallies'}) RETURN d.version").fetchAs(String.class).one())
                .contains("1");
    }
}

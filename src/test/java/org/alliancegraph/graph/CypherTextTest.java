package org.alliancegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherTextTest {

    @Test
    void a_fragment_runs_from_its_name_line_to_the_next_without_its_notes() {
        CypherText.Fragments file = CypherText.fragments("filters/alliance.cypher");
        assertThat(file.get("modes")).isEqualTo("a.mode IN $modes");
        // Notes between the name line and the Cypher stay out; the lines keep their breaks.
        assertThat(file.get("territory")).startsWith("EXISTS { MATCH tp = (a)-[:ACTS_IN]->").contains("\n").doesNotContain("//");
        assertThatThrownBy(() -> file.get("nothing")).hasMessageContaining("[nothing]").hasMessageContaining("filters/alliance.cypher");
    }

    @Test
    void a_variant_reads_one_fragment_as_another_and_both_must_exist() {
        CypherText.Fragments file = CypherText.fragments("lists/alliances-contributing.cypher");
        CypherText.Fragments tallied = file.replacing("total", "tally");
        assertThat(tallied.get("total")).isEqualTo(file.get("tally")).contains("TALLIED_IN");
        assertThat(tallied.get("page")).isEqualTo(file.get("page"));
        assertThat(file.get("total")).doesNotContain("TALLIED_IN");
        assertThatThrownBy(() -> file.replacing("nothing", "tally")).hasMessageContaining("[nothing]");
        assertThatThrownBy(() -> file.replacing("total", "nothing")).hasMessageContaining("[nothing]");
    }

    @Test
    void a_rename_changes_the_variable_only() {
        String fragment = "EXISTS { (a)-[:X]->(:a {id: $a}) } AND a.mode = $area AND x.a = 1 AND all(n IN a.list WHERE n <> 'a') AND ab.c";
        assertThat(CypherText.rename(fragment, "a", "a2"))
                .isEqualTo("EXISTS { (a2)-[:X]->(:a {id: $a}) } AND a2.mode = $area AND x.a = 1 AND all(n IN a2.list WHERE n <> 'a') AND ab.c");
    }

    @Test
    void every_variable_a_filter_file_renames_is_written_as_a_variable() {
        // The alliance criteria are renamed to a hop's alliance: `a` must not stand for anything else there.
        CypherText.Fragments file = CypherText.fragments("filters/alliance.cypher");
        file.byName().forEach((name, fragment) -> assertThat(CypherText.rename(fragment, "a", "ZZ"))
                .as(name).doesNotContain("{ZZ:").doesNotContain(", ZZ:").doesNotContain(".ZZ").doesNotContain("$ZZ").doesNotContain("'ZZ"));
    }

    @Test
    void a_slot_is_filled_or_stays_true_and_a_slot_without_true_must_be_filled() {
        String statement = "// a note on /*key*/\nMATCH (x) WHERE true /*where*/ AND true /*more*/\nRETURN /*key*/";
        assertThat(CypherText.fill(statement, java.util.Map.of("where", "x.a = $a", "key", "x.id")))
                .isEqualTo("MATCH (x) WHERE x.a = $a AND true\nRETURN x.id");
        assertThatThrownBy(() -> CypherText.fill(statement, java.util.Map.of())).hasMessageContaining("/*key*/");
        assertThatThrownBy(() -> CypherText.fill(statement, java.util.Map.of("key", "1", "other", "2"))).hasMessageContaining("other");
    }
}

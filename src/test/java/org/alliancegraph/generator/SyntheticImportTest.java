package org.alliancegraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.importer.ImportInput;
import org.alliancegraph.importer.ImportMode;
import org.alliancegraph.importer.ImportReport;
import org.alliancegraph.importer.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Generated files pass the importer's validation whole, import as many nodes as they list, and
 * write the same graph whatever the number of writers and the batch size.
 */
@AllianceGraphTest
class SyntheticImportTest {

    @Autowired
    ImportService importer;
    @Autowired
    Neo4jClient client;
    @TempDir
    Path dir;

    @AfterEach
    void remove() {
        // The shared test database keeps its other graphs exact.
        client.query("MATCH (n) WHERE n.id STARTS WITH 'syn-' DETACH DELETE n").run();
    }

    @Test
    void a_generated_graph_imports_without_a_rejected_row() {
        SyntheticGraph.Counts counts = new SyntheticGraph(SyntheticGraph.Size.XS, 3).write(dir);
        ImportReport report = importer.importFolder(ImportInput.folder(dir), ImportMode.ALL_OR_NOTHING);
        assertThat(report.errors()).isEmpty();
        assertThat(report.nodesCreated()).isEqualTo(1 + counts.organisations() + counts.alliances());
        assertThat(client.query("MATCH (:Organisation)-[r:PARTNER_IN]->(a:Alliance) WHERE a.id STARTS WITH 'syn-' RETURN count(r)")
                .fetchAs(Long.class).one()).hasValue((long) counts.memberships());
    }

    @Test
    void three_writers_with_small_batches_write_the_graph_one_writer_writes() {
        new SyntheticGraph(SyntheticGraph.Size.XS, 5).write(dir);
        ImportReport parallel = importer.importFolder(ImportInput.folder(dir), ImportMode.ALL_OR_NOTHING, 37, 3);
        assertThat(parallel.errors()).isEmpty();
        List<String> graph = fingerprint();
        assertThat(graph).hasSizeGreaterThan((int) parallel.relationshipsCreated());

        ImportReport again = importer.importFolder(ImportInput.folder(dir), ImportMode.ALL_OR_NOTHING, 37, 3);
        assertThat(again.nodesCreated()).isZero();
        assertThat(again.relationshipsCreated()).isZero();
        assertThat(again.relationshipsDeleted()).isZero();
        assertThat(fingerprint()).isEqualTo(graph);

        remove();
        ImportReport serial = importer.importFolder(ImportInput.folder(dir), ImportMode.ALL_OR_NOTHING, 2_000, 1);
        assertThat(serial.relationshipsCreated()).isEqualTo(parallel.relationshipsCreated());
        assertThat(fingerprint()).isEqualTo(graph);
        // Empty lists are not stored: absent and empty read the same, and each stored one costs a write.
        assertThat(client.query("""
                MATCH (n)-[r]-() WHERE n.id STARTS WITH 'syn-' AND (n.inferred = [] OR r.inferred = [])
                RETURN count(*)""").fetchAs(Long.class).one()).hasValue(0L);
    }

    /** Every node and relationship of the generated graph with all its properties, as sorted lines. */
    private List<String> fingerprint() {
        return client.query("""
                        MATCH (n) WHERE n.id STARTS WITH 'syn-'
                        OPTIONAL MATCH (n)-[r]->(m)
                        RETURN n.id AS node, properties(n) AS props, type(r) AS type, coalesce(m.id, m.code) AS other,
                               properties(r) AS relProps""")
                .fetch().all().stream()
                .map(row -> row.get("node") + " " + sorted(row.get("props")) + " -" + row.get("type") + "-> "
                        + row.get("other") + " " + sorted(row.get("relProps")))
                .sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static String sorted(Object properties) {
        return properties == null ? "" : new TreeMap<>((Map<String, Object>) properties).toString();
    }
}

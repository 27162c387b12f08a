package org.alliancegraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

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

/** Generated files pass the importer's validation whole, and import as many nodes as they list. */
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
}

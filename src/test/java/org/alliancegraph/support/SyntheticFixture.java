package org.alliancegraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.importer.ImportInput;
import org.alliancegraph.importer.ImportMode;
import org.alliancegraph.importer.ImportService;
import org.springframework.data.neo4j.core.Neo4jClient;

/** A fixed generated graph for tests that measure or page over more than the demonstration data. */
public final class SyntheticFixture {

    private SyntheticFixture() {
    }

    /** Writes the graph of this size and seed to a temporary folder and imports it; it must import cleanly. */
    public static void load(ImportService importer, SyntheticGraph.Size size, long seed) throws IOException {
        Path dir = Files.createTempDirectory("synthetic");
        new SyntheticGraph(size, seed).write(dir);
        assertThat(importer.importFolder(ImportInput.folder(dir), ImportMode.ALL_OR_NOTHING).errors()).isEmpty();
    }

    /** Removes every generated node, leaving the reference and demonstration data. */
    public static void remove(Neo4jClient client) {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'syn-' DETACH DELETE n").run();
    }
}

package org.alliancegraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.alliancegraph.finding.FindingsLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demonstration dataset (the {@code demo/} folder: organisations and alliances named in
 * Le RAMEAU's documents) through the ordinary importer, once: its content hash is recorded as a
 * {@code (:Dataset {id: 'demo'})}, so a restart loads nothing and an edited dataset is merged in.
 */
@Component
public class DemoDataLoader {

    static final String FOLDER = "demo";
    private static final List<String> FILES = List.of("sources.csv", "programmes.csv", "organisations.csv",
            "alliances.csv", "phases.csv", "memberships.csv", "studies.csv", "findings.csv");

    private final ImportService importer;
    private final Neo4jClient client;
    private final FindingsLoader findings;

    DemoDataLoader(ImportService importer, Neo4jClient client, FindingsLoader findings) {
        this.importer = importer;
        this.client = client;
        this.findings = findings;
    }

    /** Imports the demo dataset unless this version of it is already there; returns the report, or null. */
    public ImportReport loadIfAbsent() {
        String version = contentHash();
        boolean present = client.query("MATCH (d:Dataset {id: 'demo'}) RETURN d.version AS v")
                .fetchAs(String.class).one().filter(version::equals).isPresent();
        if (present) {
            return null;
        }
        ImportReport report = importer.importFolder(ImportInput.classpath(FOLDER), ImportMode.ALL_OR_NOTHING);
        if (report.hasErrors()) {
            // The shipped dataset must be clean: refuse to start rather than serve half of it.
            throw new IllegalStateException("The demonstration dataset has errors:\n" + report.summary());
        }
        // What the studies found, citing the organisations, programmes and sources just written.
        findings.load();
        client.query("MERGE (d:Dataset {id: 'demo'}) SET d.version = $version, d.loadedAt = datetime()")
                .bindAll(Map.of("version", version)).run();
        return report;
    }

    static String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                ClassPathResource resource = new ClassPathResource(FOLDER + "/" + file);
                if (resource.exists()) {
                    digest.update(file.getBytes());
                    digest.update(resource.getContentAsByteArray());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.alliancegraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.alliancegraph.graph.BulkTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the versioned schema scripts {@code cypher/schema/V<n>__<description>.cypher} once each, in
 * order, and records them as {@code (:__SchemaMigration)} nodes with a checksum; an applied script
 * that was edited afterwards stops the start-up instead of leaving the schema in doubt.
 *
 * <p>The file layout and bookkeeping follow neo4j-migrations so the project can switch to it by
 * configuration: the tool itself cannot be resolved from this project's registry (its parent POM is
 * not served) and liquibase-neo4j 4.27 fails against the Neo4j Java Driver 6 (see docs/running.md, "Versions").
 */
@Component
public class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

    record Migration(int version, String description, String script, String checksum) {
    }

    private final Neo4jClient client;
    private final TransactionTemplate tx;

    SchemaMigrations(Neo4jClient client, TransactionTemplate tx) {
        this.client = client;
        // A migration rewrites every node of a label, and index population is awaited: longer than a request may take.
        this.tx = BulkTransactions.of(tx);
    }

    /** Applies the pending scripts; returns how many were applied. */
    public int apply() {
        // Ask through db.labels() first: on a new database the label does not exist yet and a plain
        // MATCH would log a warning about an unknown label.
        boolean hasHistory = client.query("CALL db.labels() YIELD label WHERE label = '__SchemaMigration' RETURN count(*) > 0")
                .fetchAs(Boolean.class).one().orElse(false);
        Map<Integer, String> applied = !hasHistory ? Map.of()
                : client.query("MATCH (m:__SchemaMigration) RETURN m.version AS v, m.checksum AS c")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> ((Number) r.get("v")).intValue(), r -> (String) r.get("c")));
        int count = 0;
        for (Migration m : migrations()) {
            String known = applied.get(m.version());
            if (known != null) {
                if (!known.equals(m.checksum())) {
                    throw new IllegalStateException("Schema migration V" + m.version() + " (" + m.description()
                            + ") was changed after it was applied; add a new V<n> script instead of editing it");
                }
                continue;
            }
            // Schema commands cannot share a transaction with writes: each runs on its own.
            for (String statement : CypherScript.statements(m.script())) {
                tx.executeWithoutResult(status -> client.query(statement).run());
            }
            client.query("""
                    MERGE (m:__SchemaMigration {version: $version})
                    SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()""")
                    .bindAll(Map.of("version", m.version(), "description", m.description(), "checksum", m.checksum()))
                    .run();
            log.info("Applied schema migration V{} {}", m.version(), m.description());
            count++;
        }
        tx.executeWithoutResult(status -> client.query("CALL db.awaitIndexes(300)").run());
        return count;
    }

    static List<Migration> migrations() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/schema/V*__*.cypher");
            return Arrays.stream(resources).map(SchemaMigrations::read)
                    .sorted(Comparator.comparingInt(Migration::version)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Migration read(Resource resource) {
        Matcher matcher = NAME.matcher(resource.getFilename());
        if (!matcher.matches()) {
            throw new IllegalStateException("Schema script name must be V<n>__<description>.cypher: " + resource.getFilename());
        }
        try {
            String script = resource.getContentAsString(StandardCharsets.UTF_8);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), script,
                    HexFormat.of().formatHex(digest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

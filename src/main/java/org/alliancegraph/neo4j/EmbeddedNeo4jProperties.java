package org.alliancegraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j started when no {@code spring.neo4j.uri} is configured.
 *
 * @param dataDirectory where the database files live (kept across restarts)
 * @param boltPort      Bolt port on 127.0.0.1; 0 lets the OS choose (tests)
 * @param pageCache     page cache size, e.g. {@code 128MB} (Neo4j's {@code 128m} is read too); the
 *                      main memory knob for large graphs
 * @param txLogRetention how much transaction log to keep, e.g. {@code 100M size}
 * @param deleteOnShutdown remove the data directory when the application stops (tests only)
 * @param transactionTimeout the longest any transaction may run unless it says otherwise (Neo4j's
 *                      {@code db.transaction.timeout}): a backstop behind the service's own 25 s
 *                      limits, so the database stops working on, and rolls back, a runaway
 * @param boltAuth      require a password on Bolt: generated at first start, kept in
 *                      {@code <data-directory>/bolt-password} (owner-only); the service uses it too
 */
@ConfigurationProperties("alliance-graph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("data/neo4j") Path dataDirectory, @DefaultValue("0") int boltPort,
        @DefaultValue("128MB") DataSize pageCache, @DefaultValue("100M size") String txLogRetention,
        @DefaultValue("false") boolean deleteOnShutdown, @DefaultValue("25s") Duration transactionTimeout,
        @DefaultValue("true") boolean boltAuth) {
}

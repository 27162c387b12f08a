package org.alliancegraph.neo4j;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.alliancegraph.graph.GraphVersion;
import org.alliancegraph.graph.StartupStepFailed;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded default: with no {@code spring.neo4j.uri}, start a real Neo4j in this JVM, Bolt on
 * 127.0.0.1 only, and hand its URI to Boot's ordinary driver through {@link Neo4jConnectionDetails}.
 * Everything above the driver (SDN, GraphQL, importer) is then the same as against a server or cluster.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    /**
     * Stopped by its own destroy method: when a later start-up step fails (the Bolt password, a
     * migration, the data, the web port), Spring destroys the beans already made, and a database
     * left running would keep the JVM alive with its non-daemon threads. Beans that use it (the
     * connection details, hence the driver) are destroyed before it.
     */
    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
        Path home = properties.dataDirectory().toAbsolutePath();
        String inUse = StoreLock.inUse(home);
        if (inUse != null) {
            throw new IllegalStateException(inUse);
        }
        long started = System.nanoTime();
        Map<Setting<?>, Object> settings = Map.ofEntries(
                Map.entry(BoltConnector.enabled, true),
                Map.entry(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort())),
                Map.entry(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED),
                // Loopback only, and a password (BoltPassword): other local users and processes get nothing.
                Map.entry(GraphDatabaseSettings.auth_enabled, properties.boltAuth()),
                // Reads and writes alike stop here unless they ask for longer (imports, exports).
                Map.entry(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout()),
                Map.entry(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes()),
                Map.entry(GraphDatabaseSettings.keep_logical_logs, properties.txLogRetention()),
                Map.entry(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5)),
                // Netty's default graceful stop waits ~10 s for a quiet period no client needs: the
                // only client is this process's driver, closed before the database.
                Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(100)),
                Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2)));
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home).setConfig(settings).build();
        } catch (RuntimeException e) {
            throw new StartupStepFailed("starting the embedded database in " + home, "check that this folder can be "
                    + "written, or point --alliance-graph.embedded.data-directory at another one", e);
        }
        log.info("Embedded Neo4j started in {} ms, data in {}", (System.nanoTime() - started) / 1_000_000, home);
        return dbms;
    }

    /**
     * The driver depends on these details, so Spring closes the driver first and then this bean,
     * which stops the database: nothing talks to a database that is going away.
     */
    @Bean
    EmbeddedConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService dbms, EmbeddedNeo4jProperties properties) {
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
        Path home = properties.dataDirectory().toAbsolutePath();
        AuthToken auth;
        try {
            auth = properties.boltAuth() ? AuthTokens.basic(BoltPassword.USER, BoltPassword.ensure(home, dbms)) : AuthTokens.none();
        } catch (RuntimeException e) {
            throw new StartupStepFailed("setting up the embedded database's Bolt password", "check that "
                    + home.resolve(BoltPassword.FILE) + " is a file this user can read and write", e);
        }
        try {
            RunningEmbedded.publish(home, uri.toString());
        } catch (IOException e) {
            // Only the command line's way in while the service runs is lost; the service itself is fine.
            log.warn("Could not write {}: the account command will not reach this running service ({})",
                    home.resolve(RunningEmbedded.FILE), e.getMessage());
        }
        log.info("Embedded Neo4j Bolt at {}{}", uri, properties.boltAuth()
                ? ", user " + BoltPassword.USER + ", password in " + home.resolve(BoltPassword.FILE) : ", without authentication");
        return new EmbeddedConnectionDetails(uri, auth, dbms, properties);
    }

    /**
     * The id of the database's last closed transaction: closed means its changes are visible to
     * readers, and read-only transactions get no id. So it moves with every write, whoever makes
     * it (this service, an import, cypher-shell on the Bolt port), and with nothing else.
     */
    @Bean
    GraphVersion graphVersion(DatabaseManagementService dbms) {
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        TransactionIdStore transactions = db.getDependencyResolver().resolveDependency(TransactionIdStore.class);
        return transactions::getHighestGapFreeClosedTransactionId;
    }

    record EmbeddedConnectionDetails(URI uri, AuthToken auth, DatabaseManagementService dbms, EmbeddedNeo4jProperties properties)
            implements Neo4jConnectionDetails, DisposableBean {

        @Override
        public URI getUri() {
            return uri;
        }

        @Override
        public AuthToken getAuthToken() {
            return auth;
        }

        /** After the driver, before the database (which Spring stops next, through its own bean). */
        @Override
        public void destroy() throws Exception {
            dbms.shutdown();
            if (properties.deleteOnShutdown()) {
                FileSystemUtils.deleteRecursively(properties.dataDirectory().toAbsolutePath());
            }
        }
    }
}

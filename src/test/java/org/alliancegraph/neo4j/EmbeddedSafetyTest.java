package org.alliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded database is no open door and no runaway: Bolt wants the generated password (kept
 * owner-only in the data directory), and a transaction that outlives its timeout is stopped by the
 * database and rolled back.
 */
@AllianceGraphTest
class EmbeddedSafetyTest {

    @Autowired
    Neo4jConnectionDetails connection;
    @Autowired
    EmbeddedNeo4jProperties properties;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Neo4jClient client;

    @Test
    void bolt_refuses_a_client_without_the_password_in_the_data_directory() throws Exception {
        Path file = properties.dataDirectory().toAbsolutePath().resolve(BoltPassword.FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (Driver anonymous = GraphDatabase.driver(connection.getUri(), AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(SecurityException.class);
        }
        try (Driver guess = GraphDatabase.driver(connection.getUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(guess::verifyConnectivity).isInstanceOf(SecurityException.class);
        }
        String password = Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        try (Driver owner = GraphDatabase.driver(connection.getUri(), AuthTokens.basic("neo4j", password));
                var session = owner.session()) {
            assertThat(session.run("MATCH (t:Territory {id: 'departement:48'}) RETURN t.name AS name").single()
                    .get("name").asString()).isEqualTo("Lozère");
        }
    }

    @Test
    void requests_get_a_transaction_timeout_under_the_http_timeout_and_a_late_write_is_rolled_back() {
        assertThat(((AbstractPlatformTransactionManager) transactions).getDefaultTimeout()).isEqualTo(25);
        assertThat(properties.transactionTimeout()).hasSeconds(25);
        TransactionTemplate oneSecond = new TransactionTemplate(transactions);
        oneSecond.setTimeout(1);
        long started = System.nanoTime();
        assertThatThrownBy(() -> oneSecond.executeWithoutResult(status -> {
            client.query("CREATE (:Organisation {id: 'timeout-probe', name: 'x'})").run();
            // Seconds of work, far past the timeout.
            client.query("UNWIND range(1, 200000000) AS i WITH i WHERE i % 7 = 99 RETURN count(*)").fetch().one();
        })).hasMessageContaining("terminated");
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(10);
        assertThat(client.query("MATCH (o:Organisation {id: 'timeout-probe'}) RETURN count(o)").fetchAs(Long.class).one())
                .contains(0L);
    }
}

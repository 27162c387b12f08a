package org.alliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.alliancegraph.AllianceGraphApplication;
import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.backup.ExportCommand;
import org.alliancegraph.support.Neo4jServerProcess;
import org.alliancegraph.support.OnServerProcess;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The application against a Neo4j server in a JVM of its own, reached by URI with a password (the
 * tests ending in {@code OnServerTest} run on the same context): no embedded database starts, the
 * schema, reference and demonstration data go to the server, and the server refuses a wrong password.
 */
@AllianceGraphTest
@OnServerProcess
class Neo4jServerProcessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Neo4jClient client;
    @Autowired
    Driver driver;

    @Test
    void uses_the_server_in_the_other_jvm_and_loads_the_same_data() {
        assertThat(context.getBeanNamesForType(org.neo4j.dbms.api.DatabaseManagementService.class)).isEmpty();
        assertThat(ProcessHandle.current().pid()).isNotEqualTo(Neo4jServerProcess.shared().pid());
        assertThat(context.getEnvironment().getProperty("spring.neo4j.uri")).isEqualTo(Neo4jServerProcess.shared().uri());
        driver.verifyConnectivity();
        assertThat(client.query("MATCH (t:SdgTarget) RETURN count(t)").fetchAs(Long.class).one()).hasValue(169L);
        assertThat(client.query("MATCH (t:Territory {level: 'REGION'}) RETURN count(t)").fetchAs(Long.class).one()).hasValue(18L);
        assertThat(client.query("MATCH (o:Organisation) RETURN count(o)").fetchAs(Long.class).one().orElseThrow())
                .isGreaterThanOrEqualTo(120L);
        assertThat(client.query("SHOW CONSTRAINTS YIELD name RETURN count(*)").fetchAs(Long.class).one().orElseThrow())
                .isGreaterThanOrEqualTo(5L);
    }

    @Test
    void the_export_command_backs_up_the_running_server_by_uri(@TempDir Path root) throws Exception {
        Neo4jServerProcess server = Neo4jServerProcess.shared();
        Path backup = root.resolve("backup");
        int exit = ExportCommand.run(AllianceGraphApplication.class, new String[] {backup.toString(),
                "--spring.neo4j.uri=" + server.uri(), "--spring.neo4j.authentication.username=" + Neo4jServerProcess.USER,
                "--spring.neo4j.authentication.password=" + server.password(), "--spring.main.banner-mode=off"});
        assertThat(exit).isZero();
        long organisations = client.query("MATCH (o:Organisation) RETURN count(o)").fetchAs(Long.class).one().orElseThrow();
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(backup.resolve("organisations.csv"))) {
            rows = CSVFormat.RFC4180.builder().setHeader().get().parse(reader).getRecords();
        }
        assertThat(rows).hasSize((int) organisations)
                .anyMatch(row -> row.get("id").equals("le-rameau") && row.get("name").equals("Le RAMEAU"));
        assertThat(backup.resolve("memberships.csv")).isNotEmptyFile();
    }

    @Test
    void the_server_refuses_a_wrong_password() {
        try (Driver intruder = GraphDatabase.driver(Neo4jServerProcess.shared().uri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(intruder::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (Driver anonymous = GraphDatabase.driver(Neo4jServerProcess.shared().uri(), AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }
}

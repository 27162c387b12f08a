package org.alliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same application against a Neo4j server (a container) instead of the embedded database: no
 * embedded DBMS starts, and schema, reference and demo data go to the server. Skipped cleanly where
 * no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "spring.main.banner-mode=off")
class Neo4jServerTest {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1-community").withAdminPassword("alliance-graph");

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", () -> "alliance-graph");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Neo4jClient client;

    @Test
    void uses_the_server_and_loads_the_same_data() {
        assertThat(context.getBeanNamesForType(org.neo4j.dbms.api.DatabaseManagementService.class)).isEmpty();
        assertThat(client.query("MATCH (t:SdgTarget) RETURN count(t)").fetchAs(Long.class).one()).hasValue(169L);
        assertThat(client.query("MATCH (t:Territory {level: 'REGION'}) RETURN count(t)").fetchAs(Long.class).one()).hasValue(18L);
        assertThat(client.query("MATCH (o:Organisation) RETURN count(o)").fetchAs(Long.class).one().orElseThrow())
                .isGreaterThanOrEqualTo(120L);
    }
}

package org.alliancegraph.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at {@link Neo4jServerProcess#shared()} by URI and credentials, as an
 * operator would ({@code spring.neo4j.uri}): no embedded database starts. Tests that declare it share
 * one context, the second of the suite.
 */
public class ServerProcessInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Neo4jServerProcess server = Neo4jServerProcess.shared();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("neo4j-server-process", Map.of(
                "spring.neo4j.uri", server.uri(),
                "spring.neo4j.authentication.username", Neo4jServerProcess.USER,
                "spring.neo4j.authentication.password", server.password())));
    }
}

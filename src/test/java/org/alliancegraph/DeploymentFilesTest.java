package org.alliancegraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The production files: docker-compose.yml is valid and wires what the prod profile needs (checked
 * by Debian's docker-compose, which needs no engine), and the image runs as a user with a health check.
 */
class DeploymentFilesTest {

    record Run(int exit, String output) {
    }

    static Run compose(String password) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("docker-compose", "-f", Path.of("docker-compose.yml").toAbsolutePath().toString(),
                "config").redirectErrorStream(true);
        pb.environment().remove("NEO4J_PASSWORD");
        if (password != null) {
            pb.environment().put("NEO4J_PASSWORD", password);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    static boolean composeInstalled() {
        try {
            return new ProcessBuilder("docker-compose", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void the_compose_file_is_valid_and_runs_the_prod_profile_behind_health_checks() throws Exception {
        assumeTrue(composeInstalled(), "docker-compose is not installed (.ci/run installs Debian's)");
        Run config = compose("s3cret-for-the-test");
        assertThat(config.exit()).as(config.output()).isZero();
        assertThat(config.output()).contains("SPRING_PROFILES_ACTIVE: prod", "SPRING_NEO4J_URI: neo4j://neo4j:7687",
                "127.0.0.1:8080:8080", "condition: service_healthy", "/actuator/health", "cypher-shell",
                "NEO4J_server_memory_pagecache_size", "NEO4J_db_transaction_timeout: 25s");
        assertThat(config.output()).doesNotContain("0.0.0.0:8080").doesNotContain("8081:8081");
        Run withoutPassword = compose(null);
        assertThat(withoutPassword.exit()).isNotZero();
        assertThat(withoutPassword.output()).contains("set NEO4J_PASSWORD");
    }

    @Test
    void the_image_runs_as_a_user_with_the_layered_jar_and_a_health_check() throws Exception {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("USER alliance:alliance", "HEALTHCHECK", "extract --layers --launcher",
                "SPRING_PROFILES_ACTIVE=prod", "--add-opens=java.base/java.nio=ALL-UNNAMED");
        // The last USER before ENTRYPOINT is not root.
        String tail = dockerfile.substring(dockerfile.lastIndexOf("USER "));
        assertThat(tail).doesNotStartWith("USER root").contains("ENTRYPOINT");
    }

    @Test
    void a_jvm_whose_heap_ran_out_exits_so_that_its_supervisor_restarts_it() throws Exception {
        // The image (compose builds it, with a restart policy), the launcher and mvn spring-boot:run.
        assertThat(Files.readString(Path.of("Dockerfile"))).containsPattern("JAVA_TOOL_OPTIONS=\"[^\"]*-XX:\\+ExitOnOutOfMemoryError");
        assertThat(Files.readString(Path.of("docker-compose.yml"))).contains("restart: unless-stopped");
        assertThat(Files.readString(Path.of("alliance-graph"))).containsPattern("flags=\\([^)]*-XX:\\+ExitOnOutOfMemoryError");
        assertThat(Files.readString(Path.of("pom.xml"))).containsPattern("<jvmArguments>[^<]*-XX:\\+ExitOnOutOfMemoryError");
    }
}

package org.alliancegraph.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/** What the tests that start JVMs of their own share: the command line, and a store opened directly afterwards. */
public final class OwnJvm {

    private OwnJvm() {
    }

    /** This JVM's java, flags and class path, running {@code mainClass} with {@code args}. */
    public static List<String> command(Class<?> mainClass, String heap, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED", "-Xmx" + heap,
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** A store folder opened in this JVM without Bolt, to read what another JVM left in it; shut it down after. */
    public static DatabaseManagementService openStore(Path home) {
        return new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024).build();
    }
}

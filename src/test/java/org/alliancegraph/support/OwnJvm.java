package org.alliancegraph.support;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
        return command(null, mainClass, heap, args);
    }

    /** The same with {@code firstOnClassPath} (a folder) before this JVM's class path, or nothing when null. */
    public static List<String> command(Path firstOnClassPath, Class<?> mainClass, String heap, String... args) {
        String classPath = System.getProperty("java.class.path");
        if (firstOnClassPath != null) {
            classPath = firstOnClassPath + File.pathSeparator + classPath;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED", "-Xmx" + heap,
                "-cp", classPath, mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** A store folder opened in this JVM without Bolt, to read what another JVM left in it; shut it down after. */
    public static DatabaseManagementService openStore(Path home) {
        return new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024).build();
    }

    /**
     * Every node {@code nodeWhere} keeps (a predicate on {@code n}) with its labels and properties,
     * and each of its outgoing relationships with the other end's id and its properties, read
     * straight from the store, one sorted line each; the {@code ignored} properties are left out.
     */
    public static List<String> fingerprint(Path home, String nodeWhere, Set<String> ignored) {
        DatabaseManagementService dbms = openStore(home);
        try {
            return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("""
                    MATCH (n) WHERE %s
                    OPTIONAL MATCH (n)-[r]->(m)
                    RETURN n.id AS node, labels(n) AS labels, properties(n) AS props, type(r) AS type,
                           coalesce(m.id, m.code) AS other, properties(r) AS relProps""".formatted(nodeWhere), Map.of(), result -> {
                        List<String> rows = new ArrayList<>();
                        result.forEachRemaining(row -> rows.add(row.get("node") + " " + row.get("labels") + " "
                                + properties(row.get("props"), ignored) + " -" + row.get("type") + "-> " + row.get("other")
                                + " " + properties(row.get("relProps"), ignored)));
                        rows.sort(null);
                        return rows;
                    });
        } finally {
            dbms.shutdown();
        }
    }

    /** In key order, arrays as lists (an array prints as its identity), without the ignored keys. */
    @SuppressWarnings("unchecked")
    private static String properties(Object properties, Set<String> ignored) {
        if (properties == null) {
            return "";
        }
        TreeMap<String, Object> sorted = new TreeMap<>((Map<String, Object>) properties);
        sorted.keySet().removeAll(ignored);
        sorted.replaceAll((k, v) -> v instanceof Object[] array ? List.of(array) : v);
        return sorted.toString();
    }
}

package org.alliancegraph.neo4j;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Whether another process holds an embedded database's folder. Neo4j locks
 * {@code <home>/data/databases/store_lock} while it runs; asked before starting, this answers at once,
 * where Neo4j itself retries for some 40 s and then fails ten causes deep.
 */
public final class StoreLock {

    private StoreLock() {
    }

    /**
     * For a command given Spring arguments: the one-line problem when the embedded database they name
     * (or the default folder) is held by another process, null when it is free or a server is configured.
     */
    public static String embeddedInUse(List<String> springArgs) {
        if (springArgs.stream().anyMatch(a -> a.startsWith("--spring.neo4j.uri=")) || System.getenv("SPRING_NEO4J_URI") != null) {
            return null;
        }
        return inUse(dataDirectory(springArgs));
    }

    /** The embedded database folder the arguments or environment name, else the default of application.yml. */
    public static Path dataDirectory(List<String> springArgs) {
        String prefix = "--alliance-graph.embedded.data-directory=";
        return springArgs.stream().filter(a -> a.startsWith(prefix)).map(a -> Path.of(a.substring(prefix.length()))).findFirst()
                .orElseGet(() -> Path.of(System.getenv().getOrDefault("ALLIANCE_GRAPH_EMBEDDED_DATA_DIRECTORY", "data/neo4j")));
    }

    /** The one-line problem when the database in {@code home} is in use, or null when it is free (or new). */
    public static String inUse(Path home) {
        Path lock = home.toAbsolutePath().resolve("data/databases/store_lock");
        if (!Files.exists(lock)) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held != null) {
                held.release();
                return null;
            }
        } catch (OverlappingFileLockException e) {
            // held by this very JVM: in use all the same
        } catch (IOException e) {
            return null; // unreadable: let Neo4j say what is wrong
        }
        return "the database in " + home.toAbsolutePath() + " is in use by another process (a running alliance-graph?): "
                + "stop it first, or point --alliance-graph.embedded.data-directory at another folder";
    }
}

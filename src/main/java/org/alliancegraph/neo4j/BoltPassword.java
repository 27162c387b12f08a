package org.alliancegraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.alliancegraph.graph.BulkTransactions;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.Transaction;

/**
 * The embedded database's Bolt password: generated at the first start with authentication, set on
 * the {@code neo4j} user, and kept in {@code <data-directory>/bolt-password}, readable by its owner
 * only, for the service's driver and for whoever opens Neo4j Browser or cypher-shell on the data.
 * Without it, any local process could read and write the graph through the Bolt port.
 */
final class BoltPassword {

    static final String FILE = "bolt-password";
    static final String USER = "neo4j";

    private BoltPassword() {
    }

    /** The password in the data directory, set on the user first when there is none yet. */
    static String ensure(Path home, DatabaseManagementService dbms) {
        Path file = home.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            // The user first, the file after: a file that exists always holds the password in force.
            // Start-up work, not a request: on a machine whose cores are busy the system database may
            // take longer than a request's limit, so this transaction has the bulk one.
            try (Transaction tx = dbms.database("system").beginTx(BulkTransactions.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                tx.execute("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password)).close();
                tx.commit();
            }
            Path written = Files.createTempFile(home, FILE, ".tmp");
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions apply.
            }
            Files.writeString(written, password + "\n", StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the Bolt password in " + file, e);
        }
    }
}

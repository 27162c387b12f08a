package org.alliancegraph.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * How a command reaches the embedded database a running service holds: through that service's Bolt
 * connector on 127.0.0.1, whose address the service writes in {@value #FILE} beside its Bolt password
 * (both readable by this user only). So {@code account add} gives someone rights on a running
 * install, with no restart.
 */
public final class RunningEmbedded {

    static final String FILE = "bolt-address";

    private RunningEmbedded() {
    }

    /** Written by the service once its Bolt connector listens. */
    static void publish(Path home, String uri) throws IOException {
        Path written = Files.createTempFile(home, FILE, ".tmp");
        Files.writeString(written, uri);
        Files.move(written, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The Spring arguments that point a command at the running service's database (URI, user,
     * password), or an empty list when the folder says nothing of one (an older service, or none).
     */
    public static List<String> connection(List<String> springArgs) {
        Path home = StoreLock.dataDirectory(springArgs).toAbsolutePath();
        try {
            String uri = Files.readString(home.resolve(FILE)).strip();
            Path password = home.resolve(BoltPassword.FILE);
            if (!Files.exists(password)) {
                return List.of("--spring.neo4j.uri=" + uri);
            }
            return List.of("--spring.neo4j.uri=" + uri, "--spring.neo4j.authentication.username=" + BoltPassword.USER,
                    "--spring.neo4j.authentication.password=" + Files.readString(password).strip());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}

package org.alliancegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.alliancegraph.AllianceGraphApplication;
import org.alliancegraph.neo4j.StoreLock;

import org.junit.jupiter.api.Test;

class ImportCommandTest {

    @Test
    void demo_data_is_off_unless_the_user_sets_it_and_never_given_twice() {
        assertThat(ImportCommand.withDemoDataOff(List.of("--alliance-graph.embedded.data-directory=/tmp/x")))
                .containsExactly("--alliance-graph.demo-data.enabled=false", "--alliance-graph.embedded.data-directory=/tmp/x");
        assertThat(ImportCommand.withDemoDataOff(List.of("--alliance-graph.demo-data.enabled=false")))
                .containsExactly("--alliance-graph.demo-data.enabled=false");
        assertThat(ImportCommand.withDemoDataOff(List.of("--alliance-graph.demo-data.enabled=true")))
                .containsExactly("--alliance-graph.demo-data.enabled=true");
    }

    @Test
    void an_import_into_a_database_in_use_says_so_at_once_in_one_line() throws Exception {
        Path home = Files.createTempDirectory("in-use");
        Path lockFile = Files.createDirectories(home.resolve("data/databases")).resolve("store_lock");
        Files.createFile(lockFile);
        assertThat(StoreLock.inUse(home)).isNull();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertThat(StoreLock.inUse(home)).contains("is in use by another process").contains(home.toString())
                    .doesNotContain("\n");
            int exit = ImportCommand.run(AllianceGraphApplication.class,
                    new String[] {"demo", "--alliance-graph.embedded.data-directory=" + home});
            assertThat(exit).isEqualTo(3);
        }
    }
}

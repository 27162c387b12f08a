package org.alliancegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
}

package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a user's search text is cut into words before it becomes a full-text query. */
class NameQueryTest {

    @Test
    void elided_particles_alone_are_not_words() {
        assertThat(NameQuery.words("l’innovation d'abord qu'on aujourd’hui")).containsExactly("innovation", "abord", "on",
                "aujourd", "hui");
    }
}

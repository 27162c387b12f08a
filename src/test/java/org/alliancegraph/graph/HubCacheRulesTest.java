package org.alliancegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The cache's rules on their own: hubs only, stale after any change, bounded by rows. */
class HubCacheRulesTest {

    final AtomicLong graph = new AtomicLong(7);

    HubCache cache(int minMemberships, int maxRows) {
        return new HubCache(new HubCache.Settings(true, minMemberships, maxRows, null), graph::get);
    }

    @Test
    void only_hubs_answers_are_kept_and_only_while_the_graph_is_unchanged() {
        HubCache hubs = cache(500, 1_000);
        long version = hubs.version();
        hubs.offer("ordinary", "page", version, 499, 10);
        hubs.offer("hub", "page", version, 500, 10);
        assertThat(hubs.get("ordinary", String.class)).isNull();
        assertThat(hubs.get("hub", String.class)).isEqualTo("page");

        graph.incrementAndGet();
        assertThat(hubs.get("hub", String.class)).isNull();
        // Computed before a write that it may have missed: stale as soon as it is kept.
        hubs.offer("hub", "old page", version, 500, 10);
        assertThat(hubs.get("hub", String.class)).isNull();
    }

    @Test
    void the_kept_answers_hold_at_most_the_rows_allowed() {
        HubCache hubs = cache(1, 100);
        for (int i = 0; i < 10; i++) {
            hubs.offer("page " + i, "rows", hubs.version(), 1, 40);
        }
        long kept = java.util.stream.IntStream.range(0, 10).filter(i -> hubs.get("page " + i, String.class) != null).count();
        assertThat(kept).isBetween(1L, 2L);
    }

    @Test
    void without_a_graph_version_nothing_is_kept_unless_a_ttl_bounds_its_age() {
        HubCache server = new HubCache(new HubCache.Settings(true, 1, 100, null), null);
        server.offer("hub", "page", server.version(), 1, 1);
        assertThat(server.active()).isFalse();
        assertThat(server.get("hub", String.class)).isNull();

        HubCache withTtl = new HubCache(new HubCache.Settings(true, 1, 100, Duration.ofMinutes(5)), null);
        withTtl.offer("hub", "page", withTtl.version(), 1, 1);
        assertThat(withTtl.get("hub", String.class)).isEqualTo("page");

        HubCache off = new HubCache(new HubCache.Settings(false, 1, 100, null), graph::get);
        off.offer("hub", "page", off.version(), 1, 1);
        assertThat(off.get("hub", String.class)).isNull();
    }
}

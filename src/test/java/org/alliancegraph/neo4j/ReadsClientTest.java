package org.alliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.graph.Reads;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read client, against the embedded database: outside a transaction its statements run in READ
 * sessions (the database refuses a write) under a time limit; inside a transaction it joins it and
 * sees that transaction's writes; a write's bookmark reaches the reads, the streamed ones included.
 */
@AllianceGraphTest
class ReadsClientTest {

    @Autowired
    @Reads
    Neo4jClient reads;
    @Autowired
    Neo4jClient client;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Neo4jBookmarkManager bookmarks;
    @Autowired
    Driver driver;
    @Autowired
    DatabaseSelectionProvider databases;
    @Autowired
    StreamingReads streaming;

    @Test
    void outside_a_transaction_a_statement_runs_in_a_read_session_and_a_write_is_refused() {
        assertThat(reads.query("MATCH (t:Territory {id: 'departement:48'}) RETURN t.name").fetchAs(String.class).one())
                .contains("Lozère");
        assertThatThrownBy(() -> reads.query("CREATE (:Organisation {id: 'read-probe', name: 'x'})").run())
                .hasMessageContaining("read");
        assertThat(count("read-probe")).isZero();
    }

    @Test
    void inside_a_transaction_it_joins_it_and_sees_its_writes_then_the_rollback() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        Long seen = template.execute(status -> {
            client.query("CREATE (:Organisation {id: 'join-probe', name: 'x'})").run();
            long inside = reads.query("MATCH (o:Organisation {id: 'join-probe'}) RETURN count(o)").fetchAs(Long.class)
                    .one().orElseThrow();
            status.setRollbackOnly();
            return inside;
        });
        assertThat(seen).isEqualTo(1L);
        assertThat(count("join-probe")).isZero();
    }

    @Test
    void a_committed_write_leaves_its_bookmark_for_the_reads() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> client
                .query("MERGE (o:Organisation {id: 'bookmark-probe'}) SET o.name = 'x'").run());
        assertThat(bookmarks.getBookmarks()).isNotEmpty();
        assertThat(count("bookmark-probe")).isOne();
        new TransactionTemplate(transactions).executeWithoutResult(status -> client
                .query("MATCH (o:Organisation {id: 'bookmark-probe'}) DETACH DELETE o").run());
    }

    @Test
    void a_streamed_read_starts_after_the_last_write_and_cannot_write() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> client
                .query("MERGE (o:Organisation {id: 'stream-probe'}) SET o.name = 'x'").run());
        try (Session session = streaming.session()) {
            // A session that has run nothing reports the bookmarks it was opened with.
            assertThat(session.lastBookmarks()).isNotEmpty().containsExactlyInAnyOrderElementsOf(bookmarks.getBookmarks());
            assertThat(session.run("MATCH (o:Organisation {id: 'stream-probe'}) RETURN count(o)").single().get(0).asLong()).isOne();
            assertThatThrownBy(() -> session.run("CREATE (:Organisation {id: 'stream-write'})").consume()).hasMessageContaining("read");
        } finally {
            new TransactionTemplate(transactions).executeWithoutResult(status -> client
                    .query("MATCH (o:Organisation) WHERE o.id IN ['stream-probe', 'stream-write'] DETACH DELETE o").run());
        }
        assertThat(count("stream-write")).isZero();
    }

    @Test
    void a_read_past_the_transaction_managers_default_limit_is_stopped_by_the_database() {
        // The read client takes its limit from the manager, as spring.transaction.default-timeout sets it.
        Neo4jTransactionManager manager = Neo4jTransactionManager.with(driver).build();
        manager.setDefaultTimeout(1);
        Neo4jClient limited = new Neo4jClientConfiguration().readNeo4jClient(driver, databases, bookmarks, manager);
        long started = System.nanoTime();
        assertThatThrownBy(() -> limited.query("UNWIND range(1, 200000000) AS i WITH i WHERE i % 7 = 99 RETURN count(*)")
                .fetch().one()).hasMessageContaining("terminated");
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(10);
    }

    private long count(String id) {
        return reads.query("MATCH (o:Organisation {id: $id}) RETURN count(o)").bind(id).to("id").fetchAs(Long.class).one()
                .orElseThrow();
    }
}

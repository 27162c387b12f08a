package org.alliancegraph.neo4j;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.stereotype.Component;

/**
 * Reads streamed to a client row by row (exports, backups), which {@code Neo4jClient} cannot do: it
 * collects a result before mapping it. They open their READ session here, with the bookmarks every
 * other read and write of the service shares, so on a cluster a file taken right after a write holds
 * it; and on the database the other clients use.
 */
@Component
public class StreamingReads {

    private final Driver driver;
    private final Neo4jBookmarkManager bookmarks;
    private final DatabaseSelectionProvider databases;

    StreamingReads(Driver driver, Neo4jBookmarkManager bookmarks, DatabaseSelectionProvider databases) {
        this.driver = driver;
        this.bookmarks = bookmarks;
        this.databases = databases;
    }

    /** A READ session after the service's last known write. */
    public Session session() {
        SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
                .withBookmarks(bookmarks.getBookmarks());
        DatabaseSelection database = databases.getDatabaseSelection();
        if (database != null && !DatabaseSelection.undecided().equals(database)) {
            config.withDatabase(database.getValue());
        }
        return driver.session(config.build());
    }
}

package org.alliancegraph.neo4j;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.core.InfrastructureProxy;

/**
 * A view of the driver whose sessions are READ sessions and whose auto-commit statements carry the
 * service's time limit ({@code spring.transaction.default-timeout}), which a statement outside a
 * Spring transaction would otherwise lack against a server that sets none (Aura, a cluster).
 * <p>
 * It is an {@link InfrastructureProxy} of the driver, so Spring's transaction resources are looked up
 * under the driver itself: inside a transaction the read client finds and joins it, and a write that
 * reads back sees its own changes. Every session the driver opens goes through
 * {@link #session(Class, SessionConfig, AuthToken)} (the other forms are the interface's defaults).
 */
final class ReadOnlyDriver implements Driver, InfrastructureProxy {

    private final Driver driver;
    private final TransactionConfig limit;

    private ReadOnlyDriver(Driver driver, TransactionConfig limit) {
        this.driver = driver;
        this.limit = limit;
    }

    /** {@code timeout}: the limit of each auto-commit statement, or null for the server's own. */
    static Driver of(Driver driver, Duration timeout) {
        return new ReadOnlyDriver(driver, timeout == null ? TransactionConfig.empty()
                : TransactionConfig.builder().withTimeout(timeout).build());
    }

    @Override
    public <T extends BaseSession> T session(Class<T> type, SessionConfig config, AuthToken token) {
        T session = driver.session(type, read(config), token);
        return type == Session.class ? type.cast(new TimeLimitedSession((Session) session, limit)) : session;
    }

    /** The same session settings with READ access (what SDN's read transactions declared). */
    private static SessionConfig read(SessionConfig config) {
        SessionConfig.Builder builder = SessionConfig.builder()
                .withDefaultAccessMode(AccessMode.READ)
                .withBookmarks(config.bookmarks());
        config.database().ifPresent(builder::withDatabase);
        config.impersonatedUser().ifPresent(builder::withImpersonatedUser);
        config.fetchSize().ifPresent(builder::withFetchSize);
        config.bookmarkManager().ifPresent(builder::withBookmarkManager);
        return builder.build();
    }

    @Override
    public Object getWrappedObject() {
        return driver;
    }

    @Override
    public ExecutableQuery executableQuery(String query) {
        return driver.executableQuery(query);
    }

    @Override
    public BookmarkManager executableQueryBookmarkManager() {
        return driver.executableQueryBookmarkManager();
    }

    @Override
    public boolean isEncrypted() {
        return driver.isEncrypted();
    }

    @Override
    public void close() {
        driver.close();
    }

    @Override
    public CompletionStage<Void> closeAsync() {
        return driver.closeAsync();
    }

    @Override
    public void verifyConnectivity() {
        driver.verifyConnectivity();
    }

    @Override
    public CompletionStage<Void> verifyConnectivityAsync() {
        return driver.verifyConnectivityAsync();
    }

    @Override
    public boolean verifyAuthentication(AuthToken token) {
        return driver.verifyAuthentication(token);
    }

    @Override
    public boolean supportsSessionAuth() {
        return driver.supportsSessionAuth();
    }

    @Override
    public boolean supportsMultiDb() {
        return driver.supportsMultiDb();
    }

    @Override
    public CompletionStage<Boolean> supportsMultiDbAsync() {
        return driver.supportsMultiDbAsync();
    }

    @Override
    public String toString() {
        return "ReadOnlyDriver(" + driver + ")";
    }
}

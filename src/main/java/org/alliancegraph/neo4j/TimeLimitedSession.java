package org.alliancegraph.neo4j;

import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

/**
 * A session whose auto-commit statements carry a time limit when the caller gives none; everything
 * else goes to the driver's session unchanged.
 */
final class TimeLimitedSession implements Session {

    private final Session session;
    private final TransactionConfig limit;

    TimeLimitedSession(Session session, TransactionConfig limit) {
        this.session = session;
        this.limit = limit;
    }

    @Override
    public Result run(Query query) {
        return session.run(query, limit);
    }

    @Override
    public Result run(String query) {
        return run(new Query(query));
    }

    @Override
    public Result run(String query, Value parameters) {
        return run(new Query(query, parameters));
    }

    @Override
    public Result run(String query, Map<String, Object> parameters) {
        return run(new Query(query, parameters));
    }

    @Override
    public Result run(String query, Record parameters) {
        return run(new Query(query, parameters == null ? Map.of() : parameters.asMap()));
    }

    @Override
    public Result run(Query query, TransactionConfig config) {
        return session.run(query, config);
    }

    @Override
    public Result run(String query, TransactionConfig config) {
        return session.run(query, config);
    }

    @Override
    public Result run(String query, Map<String, Object> parameters, TransactionConfig config) {
        return session.run(query, parameters, config);
    }

    @Override
    public Transaction beginTransaction() {
        return session.beginTransaction();
    }

    @Override
    public Transaction beginTransaction(TransactionConfig config) {
        return session.beginTransaction(config);
    }

    @Override
    public <T> T executeRead(TransactionCallback<T> callback, TransactionConfig config) {
        return session.executeRead(callback, config);
    }

    @Override
    public <T> T executeWrite(TransactionCallback<T> callback, TransactionConfig config) {
        return session.executeWrite(callback, config);
    }

    @Override
    public Set<Bookmark> lastBookmarks() {
        return session.lastBookmarks();
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() {
        session.close();
    }

    @Override
    public String toString() {
        return "TimeLimitedSession(" + session + ")";
    }
}

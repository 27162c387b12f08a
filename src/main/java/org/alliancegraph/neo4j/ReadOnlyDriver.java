package org.alliancegraph.neo4j;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
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
 * reads back sees its own changes.
 */
final class ReadOnlyDriver {

    private ReadOnlyDriver() {
    }

    /** {@code timeout}: the limit of each auto-commit statement, or null for the server's own. */
    static Driver of(Driver driver, Duration timeout) {
        TransactionConfig limit = timeout == null ? TransactionConfig.empty()
                : TransactionConfig.builder().withTimeout(timeout).build();
        return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(),
                new Class<?>[] {Driver.class, InfrastructureProxy.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getWrappedObject":
                            return driver;
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "toString":
                            return "ReadOnlyDriver(" + driver + ")";
                        default:
                    }
                    if (method.getName().equals("session") && args != null) {
                        for (int i = 0; i < args.length; i++) {
                            if (args[i] instanceof SessionConfig config) {
                                args[i] = read(config);
                            }
                        }
                    }
                    Object result = invoke(driver, method, args);
                    return result instanceof Session session && method.getReturnType() == Session.class
                            ? new TimeLimitedSession(session, limit) : result;
                });
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

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

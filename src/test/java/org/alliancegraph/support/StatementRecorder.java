package org.alliancegraph.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's {@link Driver} so that, while recording, every statement the service
 * sends (text and parameters) is kept: the PROFILE ceilings and the benchmark's floor replay exactly
 * those statements. Outside a recording window it only forwards.
 */
public final class StatementRecorder implements BeanPostProcessor {

    private volatile List<Query> recording;
    private volatile Driver raw;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof Driver driver && !Proxy.isProxyClass(bean.getClass())) {
            raw = driver;
            return proxy(Driver.class, driver);
        }
        return bean;
    }

    /** The unwrapped driver, for the floor. */
    public Driver raw() {
        return raw;
    }

    public synchronized List<Query> record(Runnable action) {
        List<Query> statements = java.util.Collections.synchronizedList(new ArrayList<>());
        recording = statements;
        try {
            action.run();
        } finally {
            recording = null;
        }
        return List.copyOf(statements);
    }

    private <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().equals("run") && args != null && args.length > 0) {
                List<Query> sink = recording;
                if (sink != null) {
                    sink.add(query(args));
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return wrap(method, result);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private Object wrap(Method method, Object result) {
        if (result instanceof Transaction t && method.getReturnType().isAssignableFrom(Transaction.class)) {
            return proxy(Transaction.class, t);
        }
        if (result instanceof Session s && method.getReturnType().isAssignableFrom(Session.class)) {
            return proxy(Session.class, s);
        }
        return result;
    }

    /**
     * The statement a call to one of the driver's {@code run} methods sends, whichever overload it
     * is: {@code args} holds a Query, or the text and optionally its parameters (a Value, Map or Record).
     */
    @SuppressWarnings("unchecked")
    private static Query query(Object[] args) {
        if (args[0] instanceof Query q) {
            return q;
        }
        String text = (String) args[0];
        if (args.length == 1 || args[1] == null) {
            return new Query(text);
        }
        return switch (args[1]) {
            case Value v -> new Query(text, v);
            case Map<?, ?> m -> new Query(text, (Map<String, Object>) m);
            case Record r -> new Query(text, r.asMap());
            default -> throw new IllegalArgumentException("Unexpected parameters: " + args[1].getClass());
        };
    }
}

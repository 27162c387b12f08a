package org.alliancegraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * On a subclass of an {@code @AllianceGraphTest}: the same tests against a Neo4j server in another
 * JVM, reached by URI with authentication ({@link Neo4jServerProcess}), instead of the embedded database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = ServerProcessInitializer.class)
public @interface OnServerProcess {
}

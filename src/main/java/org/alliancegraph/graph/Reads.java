package org.alliancegraph.graph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Selects the {@code Neo4jClient} for reads: outside a Spring transaction each statement is one
 * auto-commit statement in a READ session (a cluster sends it to a reader), with the bookmarks the
 * writes left and the service's transaction time limit; inside one (a write that reads back) it
 * joins that transaction like the ordinary client. Read classes take this client instead of being
 * {@code @Transactional(readOnly = true)}: the Spring transaction around one statement (BEGIN and
 * COMMIT round trips, the synchronisation) was a measurable share of a short request (BENCHMARKS.md).
 */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface Reads {
}

package org.alliancegraph.api;

import java.time.Duration;

import graphql.execution.instrumentation.Instrumentation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How large one GraphQL request may be: checked before anything runs (depth and cost, see
 * {@link RequestCost}), then watched while it runs (the fields it has produced and its time), so that
 * a request the cost check misjudged is stopped instead of filling the heap.
 *
 * <p>The defaults fit the default heap (512 MB, the embedded database's included): every commune of
 * France with its ancestors, about 455,000 fields, answers; four times that in one request ran the
 * heap out before its result budget could stop it (the list's ancestors come in one batch).
 *
 * @param maxDepth         how deeply fields may nest
 * @param maxComplexity    the most a request could return, in fields: each field costs 1 plus what it
 *                         selects, times the page it asks for ({@code first}, given or by default) or
 *                         the {@code @listSize} of a list without {@code first}
 * @param maxResultFields  the fields one request may actually produce; past it, what is still to be
 *                         fetched is refused with a {@code max-result-fields} error
 * @param maxInFlightFields the fields all running requests together may hold; past it, the request
 *                         that grows further is stopped the same way (several large requests at once
 *                         cannot fill the heap either)
 * @param maxRequestTime   how long one request may run before what is still to be fetched is refused
 *                         ({@code TIMEOUT}); each database statement has its own limit besides
 * @param maxBodyBytes     the largest POST body read, in bytes; a larger one is refused with 413
 *                         before it is parsed
 * @param concurrentReads  how many queries run at once (0: twice the cores, at least 4); the others
 *                         wait their turn in order. Mutations do not wait behind them: on a machine
 *                         whose cores are all answering reads, a write then still answers at once
 * @param readQueueWait    how long a query may wait for its turn before it is refused ({@code BUSY})
 * @param readsGiveWay     how long a query whose turn has come waits while mutations run, so that a
 *                         write does not share the cores with queries started during it (0: no wait)
 */
@ConfigurationProperties("alliance-graph.limits")
public record QueryLimits(@DefaultValue("15") int maxDepth, @DefaultValue("500000") long maxComplexity,
        @DefaultValue("500000") long maxResultFields, @DefaultValue("1000000") long maxInFlightFields,
        @DefaultValue("30s") Duration maxRequestTime, @DefaultValue("1048576") int maxBodyBytes,
        @DefaultValue("0") int concurrentReads, @DefaultValue("20s") Duration readQueueWait,
        @DefaultValue("250ms") Duration readsGiveWay) {

    /** The configured number of queries run at once, or its default for this machine. */
    public int readPermits() {
        return concurrentReads > 0 ? concurrentReads : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(QueryLimits.class)
    static class Instrumentations {

        @Bean
        Instrumentation requestLimits(QueryLimits limits) {
            return new RequestLimits(limits);
        }
    }
}

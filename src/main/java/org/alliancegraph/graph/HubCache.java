package org.alliancegraph.graph;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Answers about hub organisations, kept until the graph changes. A hub (a national foundation, a
 * large company, a ministry) is partner in thousands of alliances: even its first page of partners
 * means ranking its ten thousand partners, about 20 ordinary pages' work, and everyone asks about
 * it. An ordinary organisation's answers are never kept: they are cheap, and the cache stays small.
 * <p>
 * With the embedded database, an entry remembers the {@link GraphVersion} seen before its answer
 * was computed and is used only while the version is the same: any write, by this service or any
 * other Bolt client, makes every entry stale. A database server gives no such version, so there the
 * cache is off unless {@code alliance-graph.hub-cache.ttl} is set, which then bounds how old an
 * answer may be.
 */
public final class HubCache {

    private static final Logger log = LoggerFactory.getLogger(HubCache.class);

    /**
     * @param enabled        false turns the cache off
     * @param minMemberships from how many alliances an organisation's answers are kept
     * @param maxRows        how many rows (partners, edges) the kept answers hold in all, at most;
     *                       the least recently used go first
     * @param ttl            with a database server: how long an answer may be used (none: no cache)
     */
    @ConfigurationProperties("alliance-graph.hub-cache")
    public record Settings(@DefaultValue("true") boolean enabled, @DefaultValue("500") int minMemberships,
            @DefaultValue("50000") int maxRows, Duration ttl) {
    }

    private record Entry(long version, Object value, int rows) {
    }

    private final Cache<Object, Entry> entries;
    private final LongSupplier version;
    private final int minMemberships;

    HubCache(Settings settings, GraphVersion graphVersion) {
        this.minMemberships = settings.minMemberships();
        if (!settings.enabled() || graphVersion == null && settings.ttl() == null) {
            entries = null;
            version = () -> 0;
            return;
        }
        // Weighed by rows: a page of 500 partners holds ten times what a page of 50 does. Evictions
        // run on the writing thread, so the bound holds when offer returns.
        Caffeine<Object, Entry> builder = Caffeine.newBuilder().maximumWeight(settings.maxRows())
                .weigher((Object key, Entry entry) -> entry.rows()).executor(Runnable::run);
        if (settings.ttl() != null) {
            builder.expireAfterWrite(settings.ttl());
        }
        entries = builder.build();
        version = graphVersion == null ? () -> 0 : graphVersion::current;
    }

    /** The kept answer for {@code key}, or null when there is none or the graph changed since. */
    public <V> V get(Object key, Class<V> type) {
        if (entries == null) {
            return null;
        }
        Entry entry = entries.getIfPresent(key);
        if (entry == null) {
            return null;
        }
        if (entry.version() != version.getAsLong()) {
            entries.asMap().remove(key, entry);
            return null;
        }
        return type.cast(entry.value());
    }

    /**
     * The kept answer for {@code key}, or else the one {@code compute} gives (null for none), kept if
     * it is about a hub: {@code memberships} and {@code rows} read the answer as {@link #offer} needs.
     */
    public <V> V getOrCompute(Object key, Class<V> type, Supplier<V> compute, ToLongFunction<V> memberships,
            ToIntFunction<V> rows) {
        V kept = get(key, type);
        if (kept != null) {
            return kept;
        }
        long before = version();
        V computed = compute.get();
        if (computed != null) {
            offer(key, computed, before, memberships.applyAsLong(computed), rows.applyAsInt(computed));
        }
        return computed;
    }

    /** The version to pass to {@link #offer}: read it before computing the answer. */
    public long version() {
        return version.getAsLong();
    }

    /**
     * Keeps {@code value} if it is about a hub: {@code memberships} is how many alliances the
     * organisation is partner in, {@code rows} how many rows the answer holds. {@code version} was
     * read before the answer was computed, so an answer that may have missed a write is already
     * stale when kept.
     */
    public void offer(Object key, Object value, long version, long memberships, int rows) {
        if (entries != null && memberships >= minMemberships) {
            entries.put(key, new Entry(version, value, Math.max(1, rows)));
        }
    }

    /**
     * Keeps {@code value} whatever it is about: for an answer that is costly however often it is asked
     * (a région's count of organisations). {@code version} as for {@link #offer}.
     */
    public void keep(Object key, Object value, long version, int rows) {
        if (entries != null) {
            entries.put(key, new Entry(version, value, Math.max(1, rows)));
        }
    }

    /** Whether answers are kept at all (for the logs, the tests and the benchmark). */
    public boolean active() {
        return entries != null;
    }

    public int minMemberships() {
        return minMemberships;
    }

    /** Forgets every kept answer (the benchmark records what computing an answer sends). */
    public void clear() {
        if (entries != null) {
            entries.invalidateAll();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(Settings.class)
    static class HubCacheConfiguration {

        @Bean
        HubCache hubCache(Settings settings, ObjectProvider<GraphVersion> graphVersion) {
            HubCache cache = new HubCache(settings, graphVersion.getIfAvailable());
            log.info(cache.active() ? "Hub answers (organisations in {}+ alliances) kept until the graph changes"
                    : "Hub answers not kept (off, or a database server without alliance-graph.hub-cache.ttl)",
                    settings.minMemberships());
            return cache;
        }
    }
}

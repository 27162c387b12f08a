package org.alliancegraph.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.ecosystem.EcosystemScope;
import org.alliancegraph.ecosystem.ScopeSelection;
import org.alliancegraph.ecosystem.ScopeSelector;
import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.support.StatementRecorder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Where an export's time goes: each statement of cypher/export timed alone (rows pulled, nothing
 * written) and profiled (db hits) for the largest région of a synthetic graph. A diagnostic for the
 * export benchmark, not part of it.
 */
public final class ExportProfile {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        SyntheticGraph.Size size = SyntheticGraph.Size.valueOf(options.getOrDefault("size", "L"));
        Path root = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath();
        BenchService.Started started = BenchService.start(size, root, options.getOrDefault("page-cache", "2g"), true);
        try {
            Driver driver = started.context().getBean(StatementRecorder.class).raw();
            ScopeSelector selector = started.context().getBean(ScopeSelector.class);
            String region = Benchmark.largest(driver, options.getOrDefault("level", "REGION"));
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                ScopeSelection s = selector.select(new EcosystemScope(region, null, null, null, null, null), AllianceFilter.NONE,
                        options.containsKey("max") ? Integer.valueOf(options.get("max")) : null, false, 10_000);
                System.out.printf("select %s: %d alliances, %d actors in %.0f ms%n", region, s.allianceIds().size(),
                        s.actorIds().size(), (System.nanoTime() - t0) / 1e6);
                Map<String, Object> params = new HashMap<>();
                params.put("allianceIds", s.allianceIds());
                params.put("actorIds", s.actorIds());
                for (String name : options.getOrDefault("statements", "size,organisations,alliances,memberships,copartners").split(",")) {
                    String cypher = new String(ExportProfile.class.getResourceAsStream("/cypher/export/" + name + ".cypher").readAllBytes());
                    try (Session session = driver.session(org.neo4j.driver.SessionConfig.builder()
                            .withFetchSize(Long.parseLong(options.getOrDefault("fetch", "1000"))).build())) {
                        long start = System.nanoTime();
                        Result r = session.run(cypher, params);
                        long rows = 0;
                        while (r.hasNext()) {
                            r.next();
                            rows++;
                        }
                        double ms = (System.nanoTime() - start) / 1e6;
                        String hits = "";
                        if (round == 2) {
                            Result profiled = session.run("PROFILE " + cypher, params);
                            profiled.list();
                            ProfiledPlan plan = profiled.consume().profile();
                            hits = ", " + total(plan) + " db hits";
                        }
                        System.out.printf("  %-14s %,9d rows %8.0f ms  %,.0f rows/s%s%n", name, rows, ms, rows / ms * 1000, hits);
                    }
                }
            }
        } finally {
            started.context().close();
        }
    }

    static long total(ProfiledPlan plan) {
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += total(child);
        }
        return hits;
    }
}

package org.alliancegraph.reference;

import java.util.function.Supplier;

import org.alliancegraph.graph.StartupStepFailed;
import org.alliancegraph.importer.DemoDataLoader;
import org.alliancegraph.importer.ImportReport;
import org.alliancegraph.neo4j.SchemaMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Puts the database in shape before the service accepts requests (this runs before the web server
 * starts): schema migrations, then reference data, then the demonstration data if enabled. Each
 * step does nothing when its work is already there, so a second start is fast.
 */
@Component
@EnableConfigurationProperties(DemoDataProperties.class)
class StartupData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupData.class);

    private final SchemaMigrations migrations;
    private final ReferenceDataLoader reference;
    private final DemoDataLoader demo;
    private final boolean demoEnabled;

    StartupData(SchemaMigrations migrations, ReferenceDataLoader reference, DemoDataLoader demo,
            DemoDataProperties demoData) {
        this.migrations = migrations;
        this.reference = reference;
        this.demo = demo;
        this.demoEnabled = demoData.enabled();
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        int applied = step("the schema migrations", "a script of cypher/schema failed or was edited after it was applied: "
                + "restore the scripts of this version, or start on a new data folder", migrations::apply);
        var loaded = step("loading the reference data", "the reference files of this build are damaged: rebuild or reinstall",
                reference::loadIfAbsent);
        ImportReport demoReport = !demoEnabled ? null : step("loading the demonstration data",
                "start with --alliance-graph.demo-data.enabled=false to serve without it", demo::loadIfAbsent);
        log.info("Database ready in {} ms: {} schema migration(s) applied, reference data loaded: {}, demo data {}",
                (System.nanoTime() - started) / 1_000_000, applied, loaded.isEmpty() ? "none (present)" : loaded,
                !demoEnabled ? "disabled" : demoReport == null ? "present" : "loaded");
    }

    private static <T> T step(String step, String action, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw new StartupStepFailed(step, action, e);
        }
    }
}

package org.alliancegraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.alliancegraph.generator.RnaFileGenerator;
import org.alliancegraph.generator.SireneFileGenerator;
import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.registry.RnaImport;
import org.alliancegraph.registry.SireneImport;
import org.alliancegraph.registry.SireneSelection;

/**
 * The registries loaded on top of a benchmark's synthetic graph, once per store: an RNA delivery of
 * {@code --rna} rows and SIRENE stocks of {@code --sirene} legal units (ESS selection), generated in
 * the published layouts. Used by the peer and export benchmarks with {@code --registries=<rna>,<sirene>}
 * and a {@code --dir} of their own, so the lists and the page are measured with millions of
 * organisations beside the synthetic ones.
 */
final class RegistryOverlay {

    private RegistryOverlay() {
    }

    /** Builds the store (graph, then registries) and stops: {@code -Dbench.main=org.alliancegraph.bench.RegistryOverlay}. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        SyntheticGraph.Size size = SyntheticGraph.Size.valueOf(options.getOrDefault("size", "S").toUpperCase(Locale.ROOT));
        Path root = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath();
        BenchService.Started started = BenchService.start(size, root, options.getOrDefault("page-cache", "1g"), true);
        try {
            apply(started, root, options);
        } finally {
            started.context().close();
        }
    }

    /** Applies the registries to the started service's store unless its marker says they are there. */
    static void apply(BenchService.Started started, Path root, Map<String, String> options) throws Exception {
        String spec = options.get("registries");
        if (spec == null) {
            return;
        }
        String[] counts = spec.split(",");
        int rnaRows = Integer.parseInt(counts[0]);
        int sireneUnits = counts.length > 1 ? Integer.parseInt(counts[1]) : 0;
        Path marker = root.resolve("registries-applied");
        if (Files.exists(marker)) {
            System.out.println("registries already applied: " + Files.readString(marker).strip());
            return;
        }
        LocalDate date = LocalDate.of(2026, 12, 1);
        StringBuilder done = new StringBuilder();
        if (rnaRows > 0) {
            Path dir = root.resolve("rna-" + rnaRows);
            Path delivery = dir.resolve("rna_waldec_20261201.zip");
            if (!Files.exists(delivery)) {
                new RnaFileGenerator(42).write(dir, rnaRows, date);
            }
            RnaImport.Report r = started.context().getBean(RnaImport.class).apply(delivery, RnaImport.DEFAULT_BATCH_SIZE,
                    line -> System.out.println("  " + line));
            done.append(String.format(Locale.ROOT, "RNA %,d rows, %,d written in %.0f s; ", r.read(), r.written(), r.took().toMillis() / 1000.0));
        }
        if (sireneUnits > 0) {
            Path dir = root.resolve("sirene-" + sireneUnits);
            Path units = dir.resolve("StockUniteLegale_utf8.zip");
            Path establishments = dir.resolve("StockEtablissement_utf8.zip");
            if (!Files.exists(establishments)) {
                new SireneFileGenerator(42).write(dir, sireneUnits, 0, date);
            }
            SireneImport.Report r = started.context().getBean(SireneImport.class).apply(units, establishments, SireneSelection.ESS, date,
                    2_000, line -> System.out.println("  " + line));
            done.append(String.format(Locale.ROOT, "SIRENE %,d units read, %,d written in %.0f s", r.unitsRead(), r.written(),
                    r.took().toMillis() / 1000.0));
        }
        Files.writeString(marker, done.toString());
        System.out.println("registries applied: " + done);
    }
}

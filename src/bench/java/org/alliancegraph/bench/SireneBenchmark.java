package org.alliancegraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.alliancegraph.generator.SireneFileGenerator;
import org.alliancegraph.generator.SyntheticGraph;
import org.alliancegraph.registry.SireneImport;

/**
 * The registries issue's SIRENE figures: INSEE's two stock files of {@code --units} legal units
 * (generated in the published layout; about 45 % marked ESS, 1.5 establishments each) applied for the
 * ESS selection on top of the synthetic graph of {@code --size}, then applied again (nothing to
 * write): time, units/s, the live heap's peak (sampled), the store's size. Run with
 * {@code mvn -Pbench verify -Dbench.size=S -Dbench.main=org.alliancegraph.bench.SireneBenchmark -Dbench.args="--units=2200000"}.
 */
public final class SireneBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        SyntheticGraph.Size size = SyntheticGraph.Size.valueOf(options.getOrDefault("size", "S").toUpperCase(Locale.ROOT));
        int units = Integer.parseInt(options.getOrDefault("units", "200000"));
        Path root = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath();
        Path stockDir = root.resolve("sirene-" + units);
        LocalDate date = LocalDate.of(2026, 12, 1);
        StringBuilder out = new StringBuilder("## SIRENE stock, ESS selection: " + String.format(Locale.ROOT, "%,d", units)
                + " legal units on the " + size + " graph\n\nmachine: " + Runtime.getRuntime().availableProcessors()
                + " cores, JDK " + System.getProperty("java.version") + ", heap max " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB\n\n");
        Path unitsFile = stockDir.resolve("StockUniteLegale_utf8.zip");
        Path establishments = stockDir.resolve("StockEtablissement_utf8.zip");
        if (!Files.exists(establishments)) {
            long t = System.nanoTime();
            SireneFileGenerator.Written w = new SireneFileGenerator(42).write(stockDir, units, 0, date);
            out.append(String.format(Locale.ROOT, "- generated in %.1f s: %,d units (%,d marked ESS), %,d establishments; %,d + %,d bytes zipped%n",
                    (System.nanoTime() - t) / 1e9, w.unitCount(), w.essUnits(), w.establishmentCount(), Files.size(unitsFile),
                    Files.size(establishments)));
        }
        Path db = stockDir.resolve(size.name() + "/db");
        BenchService.Started started = BenchService.start(size, stockDir, options.getOrDefault("page-cache", "1g"), true);
        try {
            SireneImport sirene = started.context().getBean(SireneImport.class);
            var selection = org.alliancegraph.registry.SireneSelection.ESS;
            RegistryBenchmark.HeapPeak peak = new RegistryBenchmark.HeapPeak();
            SireneImport.Report first = sirene.apply(unitsFile, establishments, selection, date, 2_000, line -> System.out.println("  " + line));
            long firstPeak = peak.stop();
            out.append(String.format(Locale.ROOT, "- first application: %,d units read, %,d selected, %,d written in %.1f s (%,.0f units/s read, "
                    + "%,.0f organisations/s written); %,d head offices placed; live heap after collections at most %,d MB; store %,d MB%n",
                    first.unitsRead(), first.selected(), first.written(), first.took().toMillis() / 1000.0,
                    first.unitsRead() * 1000.0 / first.took().toMillis(), first.written() * 1000.0 / first.took().toMillis(),
                    first.headOfficesWritten(), firstPeak >> 20, RegistryBenchmark.size(db) >> 20));
            peak = new RegistryBenchmark.HeapPeak();
            SireneImport.Report again = sirene.apply(unitsFile, establishments, selection, date, 2_000, line -> { });
            out.append(String.format(Locale.ROOT, "- same files again: %.1f s, %,d written, %,d head offices written; live heap at most %,d MB%n",
                    again.took().toMillis() / 1000.0, again.written(), again.headOfficesWritten(), peak.stop() >> 20));
        } finally {
            started.context().close();
        }
        System.out.println(out);
        Files.writeString(root.resolve("results-sirene-" + units + ".md"), out.toString());
    }
}

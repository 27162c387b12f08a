package org.alliancegraph.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code generate <XS|S|M|L> <folder> [--seed=N]}: writes a synthetic graph in the import format.
 * Runs without starting the application or a database.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static int run(String[] args) {
        if (args.length >= 1 && args[0].equalsIgnoreCase("rna")) {
            return rna(args);
        }
        if (args.length >= 1 && args[0].equalsIgnoreCase("sirene")) {
            return sirene(args);
        }
        if (args.length < 2) {
            System.err.println("usage: generate <XS|S|M|L> <folder> [--seed=N]\n"
                    + "       generate rna <rows> <folder> [--seed=N] [--date=YYYY-MM-DD]\n"
                    + "       generate sirene <units> <folder> [--seed=N] [--date=YYYY-MM-DD] [--linked-to-rna=N]");
            return 2;
        }
        SyntheticGraph.Size size;
        try {
            size = SyntheticGraph.Size.valueOf(args[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("unknown size '" + args[0] + "'; use XS, S, M or L");
            return 2;
        }
        long seed = 42;
        for (int i = 2; i < args.length; i++) {
            if (args[i].startsWith("--seed=")) {
                seed = Long.parseLong(args[i].substring("--seed=".length()));
            }
        }
        long started = System.nanoTime();
        SyntheticGraph.Counts counts = new SyntheticGraph(size, seed).write(Path.of(args[1]));
        System.out.printf("Wrote %s (seed %d) to %s: %,d organisations, %,d alliances, %,d memberships in %d ms%n",
                size, seed, Path.of(args[1]).toAbsolutePath(), counts.organisations(), counts.alliances(),
                counts.memberships(), (System.nanoTime() - started) / 1_000_000);
        return 0;
    }

    /** {@code generate rna <rows> <folder> [--seed=N] [--date=YYYY-MM-DD]}: an RNA delivery in the published layout. */
    private static int rna(String[] args) {
        if (args.length < 3 || !args[1].matches("\\d+")) {
            System.err.println("usage: generate rna <rows> <folder> [--seed=N] [--date=YYYY-MM-DD]");
            return 2;
        }
        long seed = 42;
        LocalDate date = LocalDate.now();
        for (int i = 3; i < args.length; i++) {
            if (args[i].startsWith("--seed=")) {
                seed = Long.parseLong(args[i].substring("--seed=".length()));
            } else if (args[i].startsWith("--date=")) {
                date = LocalDate.parse(args[i].substring("--date=".length()));
            }
        }
        long started = System.nanoTime();
        RnaFileGenerator.Written written = new RnaFileGenerator(seed).write(Path.of(args[2]), Integer.parseInt(args[1]), date);
        System.out.printf("Wrote %s: %,d associations in %d départements in %d ms%n", written.file().toAbsolutePath(),
                written.rows(), written.byDepartement().size(), (System.nanoTime() - started) / 1_000_000);
        return 0;
    }

    /**
     * {@code generate sirene <units> <folder> [--seed=N] [--date=YYYY-MM-DD] [--linked-to-rna=N]}: SIRENE's
     * two stock files in the published layout; associations below N carry the RNA numbers {@code generate rna} writes.
     */
    private static int sirene(String[] args) {
        if (args.length < 3 || !args[1].matches("\\d+")) {
            System.err.println("usage: generate sirene <units> <folder> [--seed=N] [--date=YYYY-MM-DD] [--linked-to-rna=N]");
            return 2;
        }
        long seed = 42;
        int linked = 0;
        LocalDate date = LocalDate.now();
        for (int i = 3; i < args.length; i++) {
            if (args[i].startsWith("--seed=")) {
                seed = Long.parseLong(args[i].substring("--seed=".length()));
            } else if (args[i].startsWith("--date=")) {
                date = LocalDate.parse(args[i].substring("--date=".length()));
            } else if (args[i].startsWith("--linked-to-rna=")) {
                linked = Integer.parseInt(args[i].substring("--linked-to-rna=".length()));
            }
        }
        long started = System.nanoTime();
        SireneFileGenerator.Written written = new SireneFileGenerator(seed).write(Path.of(args[2]), Integer.parseInt(args[1]), linked, date);
        System.out.printf("Wrote %s and %s: %,d legal units (%,d marked ESS), %,d establishments in %d ms%n",
                written.units().toAbsolutePath(), written.establishments().getFileName(), written.unitCount(), written.essUnits(),
                written.establishmentCount(), (System.nanoTime() - started) / 1_000_000);
        return 0;
    }
}

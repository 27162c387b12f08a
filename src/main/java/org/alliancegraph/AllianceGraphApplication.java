package org.alliancegraph;

import java.util.Arrays;

import org.alliancegraph.access.AccountCommand;
import org.alliancegraph.access.KeyCommand;
import org.alliancegraph.backup.ExportCommand;
import org.alliancegraph.generator.GenerateCommand;
import org.alliancegraph.importer.ImportCommand;
import org.alliancegraph.registry.RegistryCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * alliance-graph: serves the graph over GraphQL; {@code import <folder> [--keep-good]} imports a
 * folder of CSV files instead and exits (see docs/import-format.md); {@code generate <size> <folder>}
 * writes a synthetic graph in that format; {@code export <folder>} writes the whole graph in it (a backup);
 * {@code account add|set|list} manages people's accounts; {@code registry rna <file>} applies an RNA delivery.
 */
@SpringBootApplication
public class AllianceGraphApplication {

    public static void main(String[] args) {
        try {
            int status = command(args);
            if (status >= 0) {
                System.exit(status);
            }
        } catch (Throwable failure) {
            StartupFailure.exit(failure, System.err);
        }
    }

    /** Runs a command and returns its exit status, or starts the service and returns -1. */
    private static int command(String[] args) {
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (args.length > 0 ? args[0] : "") {
            case "generate" -> {
                return GenerateCommand.run(rest);
            }
            case "key" -> {
                return KeyCommand.run(rest, System.out, System.err);
            }
            case "account" -> {
                return AccountCommand.run(AllianceGraphApplication.class, rest, System.in, System.out, System.err);
            }
            case "import" -> {
                return ImportCommand.run(AllianceGraphApplication.class, rest);
            }
            case "export" -> {
                return ExportCommand.run(AllianceGraphApplication.class, rest);
            }
            case "registry" -> {
                return RegistryCommand.run(AllianceGraphApplication.class, rest, System.out, System.err);
            }
            default -> {
                SpringApplication.run(AllianceGraphApplication.class, args);
                return -1;
            }
        }
    }
}

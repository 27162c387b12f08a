package org.alliancegraph;

import java.util.Arrays;

import org.alliancegraph.access.KeyCommand;
import org.alliancegraph.generator.GenerateCommand;
import org.alliancegraph.importer.ExportCommand;
import org.alliancegraph.importer.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * alliance-graph: serves the graph over GraphQL; {@code import <folder> [--keep-good]} imports a
 * folder of CSV files instead and exits (see docs/import-format.md); {@code generate <size> <folder>}
 * writes a synthetic graph in that format; {@code export <folder>} writes the whole graph in it (a backup).
 */
@SpringBootApplication
public class AllianceGraphApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "generate".equals(args[0])) {
            System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "key".equals(args[0])) {
            System.exit(KeyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && "import".equals(args[0])) {
            System.exit(ImportCommand.run(AllianceGraphApplication.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "export".equals(args[0])) {
            System.exit(ExportCommand.run(AllianceGraphApplication.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(AllianceGraphApplication.class, args);
    }
}

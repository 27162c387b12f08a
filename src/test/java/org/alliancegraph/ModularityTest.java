package org.alliancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules (the packages under {@code org.alliancegraph}) and their boundaries, checked the way
 * spring-restbucks checks its own: no cycle between modules, no reach into another module's
 * internals. The shared kernel ({@code graph}) and the GraphQL plumbing ({@code api}) sit at the
 * bottom, features above them, and what reads or writes the whole graph (exports, ecosystem,
 * importer, editing) on top. The diagrams in {@code docs/modules} are written from the same model.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(AllianceGraphApplication.class);
    static final Path DOCS = Path.of("docs", "modules");

    @Test
    void the_modules_have_no_cycles_and_use_each_other_only_through_their_api() {
        MODULES.verify();
    }

    /** Each module's direct dependencies on other modules, by name. */
    static Map<String, List<String>> dependencies() {
        Map<String, List<String>> found = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            found.put(module.getIdentifier().toString(), module.getDirectDependencies(MODULES).uniqueModules()
                    .map(m -> m.getIdentifier().toString()).sorted().distinct().toList());
        }
        return found;
    }

    @Test
    void the_kernel_knows_no_feature_and_the_features_no_importer() {
        Map<String, List<String>> dependencies = dependencies();
        System.out.println("modules: " + dependencies);
        assertThat(dependencies.get("graph")).as("the shared kernel").isEmpty();
        assertThat(dependencies.get("api")).as("GraphQL plumbing: connections, errors, limits").containsOnly("graph");
        assertThat(dependencies.get("writing")).as("the write statements and rows, their value rules")
                .containsOnly("graph", "vocabulary");
        for (String feature : List.of("organisation", "alliance", "sdg", "programme", "vocabulary", "territory", "source",
                "search", "partnership")) {
            assertThat(dependencies.get(feature)).as(feature).doesNotContain("importer", "editing", "export", "ecosystem");
        }
        assertThat(dependencies.get("alliance")).as("alliances know no organisation: memberships live with organisations")
                .doesNotContain("organisation");
        assertThat(dependencies.get("editing")).doesNotContain("importer");
    }

    /**
     * The module diagrams: Spring Modulith's PlantUML files, and a Mermaid overview that GitHub draws.
     * The overview is compared with the one in the repository, so a change of boundaries that is not
     * drawn fails here (the test writes the new one: commit it).
     */
    @Test
    void the_module_diagram_in_docs_is_the_current_one() throws IOException {
        Path overview = DOCS.resolve("README.md");
        String committed = Files.exists(overview) ? Files.readString(overview) : "";
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (var files = Files.list(DOCS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, relationsSorted(Files.readAllLines(file)));
            }
        }
        String current = mermaid(dependencies());
        Files.writeString(overview, current);
        assertThat(DOCS.resolve("components.puml")).exists();
        assertThat(current).as("docs/modules/README.md was out of date and has been rewritten: commit it").isEqualTo(committed);
    }

    /**
     * The PlantUML text with each run of {@code Rel(} lines sorted: the documenter writes them in an
     * order that changes between runs, which left the files changed after every test run.
     */
    static List<String> relationsSorted(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }

    static String mermaid(Map<String, List<String>> dependencies) {
        // Ids with a prefix: "graph" is a Mermaid keyword.
        String nodes = dependencies.keySet().stream().map(m -> "  m_" + m + "[" + m + "]").collect(Collectors.joining("\n"));
        String edges = dependencies.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(to -> "  m_" + e.getKey() + " --> m_" + to))
                .collect(Collectors.joining("\n"));
        return """
                # Modules

                Written by `ModularityTest` from Spring Modulith's model of the code (each package under
                `org.alliancegraph` is a module; an arrow is a direct dependency). The same test runs
                `ApplicationModules.verify()`: no cycles, no reach into another module's internals.
                `components.puml` and `module-*.puml` are Spring Modulith's own PlantUML diagrams.

                ```mermaid
                flowchart TD
                %s
                %s
                ```
                """.formatted(nodes, edges);
    }
}

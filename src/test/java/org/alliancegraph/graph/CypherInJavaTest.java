package org.alliancegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Cypher lives in {@code cypher/}: no class of {@code src/main/java} gains a statement in a Java text
 * block. The statements still composed in Java (with {@code formatted} and shared pieces) are counted
 * per class; the count may only fall, and the allowance is lowered with it, until it is empty.
 */
class CypherInJavaTest {

    /** What is left, per class, until one template language lets these be files too (issue 37). */
    private static final Map<String, Integer> ALLOWED = Map.of(
            "ecosystem/EcosystemQueries.java", 9,
            "neo4j/SchemaMigrations.java", 1,
            "organisation/OrganisationQueries.java", 3,
            "partnership/PartnershipQueries.java", 3,
            "reference/ReferenceDataLoader.java", 1,
            "source/ProvenanceQueries.java", 1,
            "territory/TerritoryPlaces.java", 1,
            "territory/TerritoryQueries.java", 2,
            "writing/GraphWrites.java", 17);

    private static final Path ROOT = Path.of("src/main/java/org/alliancegraph");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"\\n(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern CYPHER = Pattern.compile(
            "^\\s*(MATCH|OPTIONAL|UNWIND|CALL|WITH|MERGE|CREATE|RETURN|SET|WHERE|DETACH|FOREACH)\\b|MATCH \\(", Pattern.MULTILINE);

    @Test
    void no_class_holds_more_cypher_text_blocks_than_it_did() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            Matcher m = TEXT_BLOCK.matcher(Files.readString(source));
            int n = 0;
            while (m.find()) {
                if (CYPHER.matcher(m.group(1)).find()) {
                    n++;
                }
            }
            if (n > 0) {
                found.put(ROOT.relativize(source).toString().replace('\\', '/'), n);
            }
        }
        assertThat(found).as("Cypher text blocks per class: put a new statement in cypher/, and lower ALLOWED when one leaves")
                .isEqualTo(new TreeMap<>(ALLOWED));
    }

    @Test
    void a_text_block_of_cypher_is_recognised() {
        assertThat(CYPHER.matcher("  UNWIND $ids AS id\n  MATCH (a {id: id})").find()).isTrue();
        assertThat(CYPHER.matcher("usage: account add <email> --role READER").find()).isFalse();
    }
}

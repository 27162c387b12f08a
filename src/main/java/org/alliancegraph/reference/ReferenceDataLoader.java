package org.alliancegraph.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.graph.BulkTransactions;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.neo4j.CypherScript;
import org.alliancegraph.writing.GraphWrites;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * Loads the reference data shipped in {@code reference/} and {@code cypher/reference/}. Each part is
 * recorded as a {@code (:Dataset {id, version})}: a start on a database that already holds the same
 * version loads nothing, a newer version is merged in (MERGE on natural keys, so nothing doubles).
 */
@Component
public class ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    static final String VOCABULARY_VERSION = "2026-12-07.1";
    static final String SDG_VERSION = "open-sdg-0cda585851a5";
    static final String TERRITORIES_VERSION = "cog-etalab-6.0.0";
    private static final int BATCH = 5_000;
    private static final Pattern GOAL_KEY = Pattern.compile("(\\d+)-(title|short)");
    private static final Pattern TARGET_KEY = Pattern.compile("(\\d+)-(\\w+)-title");

    private final Neo4jClient client;
    private final TransactionTemplate tx;

    ReferenceDataLoader(Neo4jClient client, TransactionTemplate tx) {
        this.client = client;
        this.tx = BulkTransactions.of(tx);
    }

    /** Loads what is missing or outdated; returns the ids of the datasets it (re)loaded. */
    public List<String> loadIfAbsent() {
        List<String> loaded = new ArrayList<>();
        if (absent("reference:vocabularies", VOCABULARY_VERSION)) {
            tx.executeWithoutResult(s -> CypherScript.statements(classpath("cypher/reference/vocabularies.cypher"))
                    .forEach(statement -> client.query(statement).run()));
            markLoaded("reference:vocabularies", VOCABULARY_VERSION);
            loaded.add("reference:vocabularies");
        }
        if (absent("reference:sdg", SDG_VERSION)) {
            tx.executeWithoutResult(s -> loadSdg());
            markLoaded("reference:sdg", SDG_VERSION);
            loaded.add("reference:sdg");
        }
        if (absent("reference:territories", TERRITORIES_VERSION)) {
            loadTerritories();
            refreshPlaceKeys();
            refresh("MATCH (a:Alliance) RETURN a.id AS id", GraphWrites.REFRESH_ALLIANCE_PLACES);
            markLoaded("reference:territories", TERRITORIES_VERSION);
            markLoaded(ALLIANCE_PLACES, "1");
            loaded.add("reference:territories");
        }
        // Alliances stored before schema V005 get their IN_PLACE links once; the writes keep them since.
        if (absent(ALLIANCE_PLACES, "1")) {
            int alliances = refresh("MATCH (a:Alliance) RETURN a.id AS id", GraphWrites.REFRESH_ALLIANCE_PLACES);
            markLoaded(ALLIANCE_PLACES, "1");
            log.info("Linked {} alliances to the départements and régions they act in (schema V005)", alliances);
        }
        // Every target's tallies, made once and again when the targets change (the statement merges).
        boolean unlinked = absent(SDG_TALLIES, "1");
        if (unlinked || loaded.contains("reference:sdg")) {
            client.query(GraphWrites.TALLY_NODES).bind(GraphWrites.tallyModes()).to("modes").run();
        }
        // Alliances stored before schema V007 get their TALLIED_IN links once; the writes keep them since.
        if (unlinked) {
            int alliances = refresh("MATCH (a:Alliance) RETURN a.id AS id", GraphWrites.REFRESH_ALLIANCE_TALLIES);
            markLoaded(SDG_TALLIES, "1");
            log.info("Linked {} alliances to the tallies of their SDG targets by mode (schema V007)", alliances);
        }
        return loaded;
    }

    /**
     * New territories may move a commune to another département: the organisations' place keys
     * (GraphWrites.PLACE_KEYS) are set again, a batch per transaction. None on a first start.
     */
    private void refreshPlaceKeys() {
        refresh("MATCH (o:Organisation) RETURN o.id AS id", GraphWrites.REFRESH_PLACE_KEYS);
    }

    /** Runs {@code statement} on the ids {@code idsQuery} returns, a batch per transaction; returns how many. */
    private int refresh(String idsQuery, String statement) {
        List<String> ids = List.copyOf(client.query(idsQuery).fetchAs(String.class).all());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            tx.executeWithoutResult(s -> client.query(statement).bind(batch).to("ids").run());
        }
        return ids.size();
    }

    /** The marker of the alliances' IN_PLACE links (GraphWrites.ALLIANCE_PLACES) set for every alliance. */
    static final String ALLIANCE_PLACES = "derived:alliance-places";

    /** The marker of the alliances' TALLIED_IN links (GraphWrites.ALLIANCE_TALLIES) set for every alliance. */
    static final String SDG_TALLIES = "derived:sdg-tallies";

    private boolean absent(String id, String version) {
        return client.query("MATCH (d:Dataset {id: $id}) RETURN d.version AS v").bind(id).to("id")
                .fetchAs(String.class).one().filter(version::equals).isEmpty();
    }

    private void markLoaded(String id, String version) {
        client.query("MERGE (d:Dataset {id: $id}) SET d.version = $version, d.loadedAt = datetime()")
                .bindAll(Map.of("id", id, "version", version)).run();
    }

    private static final String SDG_TARGETS = CypherText.read("reference/sdg-targets.cypher");

    private static final String SDG_GOALS = CypherText.read("reference/sdg-goals.cypher");

    private void loadSdg() {
        Map<String, String> goalsFr = yaml("reference/sdg/fr/global_goals.yml");
        Map<String, String> goalsEn = yaml("reference/sdg/en/global_goals.yml");
        Map<String, String> targetsFr = yaml("reference/sdg/fr/global_targets.yml");
        Map<String, String> targetsEn = yaml("reference/sdg/en/global_targets.yml");
        Map<Integer, Map<String, Object>> goals = new TreeMap<>();
        goalsEn.forEach((key, value) -> {
            Matcher m = GOAL_KEY.matcher(key);
            if (m.matches()) {
                int number = Integer.parseInt(m.group(1));
                Map<String, Object> goal = goals.computeIfAbsent(number, n -> new HashMap<>(Map.of(
                        "code", String.valueOf(n), "number", n, "uri", "http://metadata.un.org/sdg/" + n,
                        "titleFr", goalsFr.getOrDefault(n + "-title", ""), "shortFr", goalsFr.getOrDefault(n + "-short", ""))));
                goal.put("title".equals(m.group(2)) ? "titleEn" : "shortEn", value);
            }
        });
        List<Map<String, Object>> targets = new ArrayList<>();
        targetsEn.forEach((key, value) -> {
            Matcher m = TARGET_KEY.matcher(key);
            if (m.matches()) {
                String code = m.group(1) + "." + m.group(2);
                targets.add(Map.of("code", code, "goal", m.group(1), "titleEn", value,
                        "titleFr", targetsFr.getOrDefault(key, ""), "uri", "http://metadata.un.org/sdg/" + code,
                        "rank", rank(m.group(2))));
            }
        });
        client.query(SDG_GOALS)
                .bind(new ArrayList<>(goals.values())).to("goals").run();
        client.query(SDG_TARGETS)
                .bind(targets).to("targets").run();
        log.info("Loaded {} SDG goals and {} targets", goals.size(), targets.size());
    }

    /** Targets sort 1.1 … 1.5, 1.a, 1.b: numbers first, then letters. */
    private static int rank(String suffix) {
        return suffix.chars().allMatch(Character::isDigit) ? Integer.parseInt(suffix) : 100 + suffix.charAt(0) - 'a';
    }

    private void loadTerritories() {
        long started = System.nanoTime();
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        int count = 0;
        try (Reader reader = reader("reference/territories/territories.csv")) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String parents = row.get("parents");
                batch.add(Map.of("id", row.get("id"), "level", row.get("level"), "code", row.get("code"),
                        "name", row.get("name"), "population", Long.parseLong(row.get("population")),
                        "parents", parents.isEmpty() ? List.of() : Arrays.asList(parents.split(";"))));
                if (batch.size() == BATCH) {
                    writeTerritories(batch);
                    count += batch.size();
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeTerritories(batch);
        count += batch.size();
        log.info("Loaded {} territories in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    private void writeTerritories(List<Map<String, Object>> rows) {
        // Rows come parents first, so every parent exists when its children are written.
        tx.executeWithoutResult(s -> client.query("""
                UNWIND $rows AS row
                MERGE (t:Territory {id: row.id})
                SET t.level = row.level, t.code = row.code, t.name = row.name, t.population = row.population,
                    t.searchName = %s
                WITH t, row
                UNWIND row.parents AS parentId
                MATCH (p:Territory {id: parentId})
                MERGE (t)-[:PART_OF]->(p)""".formatted(GraphWrites.SEARCH_NAME)).bind(rows).to("rows").run());
    }

    private static Map<String, String> yaml(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            Map<String, Object> raw = new Yaml().load(in);
            Map<String, String> result = new HashMap<>();
            raw.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v).strip()));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String path) throws IOException {
        return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
    }

    private static String classpath(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

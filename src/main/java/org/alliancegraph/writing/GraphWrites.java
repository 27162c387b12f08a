package org.alliancegraph.writing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.vocabulary.AllianceMode;

/**
 * The write statements of the graph, shared by the importer and the GraphQL mutations: each takes
 * {@code $rows} (or {@code $ids}) of already validated parameter maps and MERGEs on natural keys, so
 * writing the same rows again changes nothing. A row's list of links (territories, SDG targets...)
 * replaces the links it had. Organisations and alliances count their changes in {@code version}
 * (optimistic concurrency for the mutations: {@code expectedVersion}): a row whose content hash is the
 * one the node was last written with changes nothing, not even the version, so importing the same
 * folder twice still changes nothing.
 */
public final class GraphWrites {

    /**
     * What name search indexes beside the name: the name with its apostrophes as spaces, so the
     * word after a French elision is a word (schema V002 computes it the same way for existing nodes).
     */
    public static final String SEARCH_NAME = "replace(replace(row.name, '\u2019', ' '), \"'\", ' ')";

    // The stale-link deletions name no label on the far node on purpose: with one, the planner may
    // start from a label scan of that side (36,000 territories) while the database is still nearly
    // empty, instead of expanding from the node just merged; measured: 90 s for a first batch of
    // 2,000 organisations on a fresh database.

    private GraphWrites() {
    }

    /**
     * The row with {@code contentHash}: a digest of every field it writes, links included, the same for
     * the importer and the mutations. Lists are hashed as written (their order is the file's).
     */
    public static Map<String, Object> withContentHash(Map<String, Object> row) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        new TreeMap<>(row).forEach((key, value) -> {
            if (!"contentHash".equals(key)) {
                digest.update(key.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 1);
            }
        });
        row.put("contentHash", HexFormat.of().formatHex(digest.digest(), 0, 12));
        return row;
    }

    /**
     * An organisation row with its place keys ({@code departement}, {@code region}, {@code manyPlaces}:
     * see {@link #PLACE_KEYS}), given the ids of the départements and régions its territory lies in.
     * Added after the content hash: they follow from the territory, which the hash holds.
     */
    public static Map<String, Object> withPlaceKeys(Map<String, Object> row, List<String> departements, List<String> regions) {
        if (departements.size() == 1) {
            row.put("departement", departements.getFirst());
        }
        if (regions.size() == 1) {
            row.put("region", regions.getFirst());
        }
        if (departements.size() > 1 || regions.size() > 1) {
            row.put("manyPlaces", true);
        }
        return row;
    }

    /**
     * An alliance row with {@code places}, the ids of the départements and régions its territories lie
     * in (see {@link #ALLIANCE_PLACES}); added after the content hash, as for {@link #withPlaceKeys}.
     */
    public static Map<String, Object> withPlaces(Map<String, Object> row, List<String> places) {
        row.put("places", places);
        return row;
    }

    /**
     * Sets organisation {@code o}'s place keys from where it is located: {@code departement} and
     * {@code region}, the ids of the département and région it lies in (down the administrative tree,
     * as the territory criterion of cypher/filters/organisation.cypher means it), or null; and {@code manyPlaces} when it lies in more
     * than one (an EPCI across départements). Lists of a département's or région's organisations read
     * the (key, name) indexes in name order instead of gathering the answer from every commune. The
     * importer and the mutations pass the keys with their rows instead ({@link #withPlaceKeys}, from
     * the territories table): this walk sets them again when the territories change.
     */
    public static final String PLACE_KEYS = """
            CALL (o) {
              OPTIONAL MATCH (o)-[:LOCATED_IN]->(t:Territory)
              OPTIONAL MATCH p = (t)-[:PART_OF*0..4]->(d:Territory)
              WHERE d.level IN ['DEPARTEMENT', 'REGION'] AND all(n IN nodes(p)[1..-1] WHERE n.level <> 'EPCI')
              WITH collect(DISTINCT CASE WHEN d.level = 'DEPARTEMENT' THEN d.id END) AS ds,
                   collect(DISTINCT CASE WHEN d.level = 'REGION' THEN d.id END) AS rs
              SET o.departement = CASE WHEN size(ds) = 1 THEN ds[0] END, o.region = CASE WHEN size(rs) = 1 THEN rs[0] END,
                  o.manyPlaces = CASE WHEN size(ds) > 1 OR size(rs) > 1 THEN true END
            }""";

    /**
     * Links alliance {@code a} to every département and région it acts in (down the administrative
     * tree, as the territory criterion of cypher/filters/alliance.cypher means it), by IN_PLACE
     * relationships carrying the place's id and the alliance's name (schema V005): lists of the
     * alliances acting in a département or région read them in name order. Links that still hold are
     * left alone, so writing the same alliance again changes nothing. The row writes take the places
     * with their rows instead ({@link #withPlaces}, {@link #ROW_PLACES}); this walk serves the link
     * mutations, which know one side of the change, and the territories' reloads.
     */
    public static final String ALLIANCE_PLACES = """
            CALL (a) {
              OPTIONAL MATCH (a)-[:ACTS_IN]->(t:Territory)
              OPTIONAL MATCH p = (t)-[:PART_OF*0..4]->(d:Territory)
              WHERE d.level IN ['DEPARTEMENT', 'REGION'] AND all(n IN nodes(p)[1..-1] WHERE n.level <> 'EPCI')
              WITH a, collect(DISTINCT d) AS places
              CALL (a, places) {
                MATCH (a)-[r:IN_PLACE]->(d) WHERE NOT d IN places OR r.name <> a.name DELETE r
              }
              CALL (a, places) {
                UNWIND places AS d
                WITH a, d WHERE NOT EXISTS { (a)-[:IN_PLACE]->(d) }
                CREATE (a)-[:IN_PLACE {place: d.id, name: a.name}]->(d)
              }
            }""";

    /**
     * {@link #ALLIANCE_PLACES} from {@code row.places} (the ids {@link #withPlaces} adds) instead of
     * the walk: measured on the L folder, the walk cost alliances 8,890 → 6,140 rows/s.
     */
    static final String ROW_PLACES = """
            CALL (a, row) {
              MATCH (a)-[r:IN_PLACE]->() WHERE NOT r.place IN row.places OR r.name <> a.name DELETE r
            }
            CALL (a, row) {
              UNWIND row.places AS placeId
              MATCH (d:Territory {id: placeId})
              WITH DISTINCT a, d WHERE NOT EXISTS { (a)-[:IN_PLACE]->(d) }
              CREATE (a)-[:IN_PLACE {place: d.id, name: a.name}]->(d)
            }""";

    /** {@link #PLACE_KEYS} from the row ({@link #withPlaceKeys}). */
    static final String ROW_PLACE_KEYS = "o.departement = row.departement, o.region = row.region, o.manyPlaces = row.manyPlaces";

    /**
     * What an SDG contribution {@code r} of alliance {@code a} to target {@code t} carries for the lists
     * of one mode and one target (schema V006: the (target, mode, name) index, read in name order): the
     * target's code and the alliance's mode and name. Every write of a contribution sets them, and a
     * write of the alliance's row (the only way its mode or name changes) sets them on all of its
     * contributions.
     */
    static final String CONTRIBUTION_KEYS = "r.target = t.code, r.mode = a.mode, r.name = a.name";

    /** {@link #ROW_CONTRIBUTION_KEYS} as a property map's entries, for the CREATE statement. */
    static final String CREATED_CONTRIBUTION_KEYS = "target: code, mode: row.mode, name: row.name";

    /** {@link #CONTRIBUTION_KEYS} from the alliance's row, within the statements that write it. */
    static final String ROW_CONTRIBUTION_KEYS = "r.target = code, r.mode = row.mode, r.name = row.name";

    /**
     * Links alliance {@code a} to the SdgTargetMode of each target it contributes to, for its mode
     * (schema V007), and unlinks it from the others: a list of the alliances of one mode contributing
     * to one target counts its total as that node's degree. Links that still hold are left alone.
     * The importer's CREATE statement links new alliances from their rows instead.
     */
    static final String ALLIANCE_TALLIES = """
            CALL (a) {
              OPTIONAL MATCH (a)-[:CONTRIBUTES_TO]->(t:SdgTarget) WHERE a.mode IS NOT NULL
              WITH a, collect(t.code) AS codes
              CALL (a, codes) {
                MATCH (a)-[x:TALLIED_IN]->(m) WHERE a.mode IS NULL OR m.mode <> a.mode OR NOT m.target IN codes DELETE x
              }
              CALL (a, codes) {
                UNWIND codes AS code
                MERGE (m:SdgTargetMode {target: code, mode: a.mode})
                WITH DISTINCT a, m WHERE NOT EXISTS { (a)-[:TALLIED_IN]->(m) }
                CREATE (a)-[:TALLIED_IN]->(m)
              }
            }""";

    /**
     * The tally of every SDG target for every mode ({@code $modes}: {@link #tallyModes}), made with the
     * targets so that the writes find them: an import's node count stays its rows'. The writes still
     * merge them, should a mode or target come before its tally.
     */
    public static final String TALLY_NODES = CypherText.read("writing/tally-nodes.cypher");

    /** The parameter of {@link #TALLY_NODES}: every alliance mode. */
    public static List<String> tallyModes() {
        return Arrays.stream(AllianceMode.values()).map(Enum::name).toList();
    }

    /** {@link #ALLIANCE_TALLIES} for the alliances {@code $ids} (those stored before schema V007). */
    public static final String REFRESH_ALLIANCE_TALLIES = """
            UNWIND $ids AS id
            MATCH (a:Alliance {id: id})
            """ + ALLIANCE_TALLIES;

    /** {@link #ALLIANCE_PLACES} again for the alliances {@code $ids} (after the territories changed, or to set them). */
    public static final String REFRESH_ALLIANCE_PLACES = """
            UNWIND $ids AS id
            MATCH (a:Alliance {id: id})
            """ + ALLIANCE_PLACES;

    /** {@link #PLACE_KEYS} again for the organisations {@code $ids} (after the territories changed). */
    public static final String REFRESH_PLACE_KEYS = """
            UNWIND $ids AS id
            MATCH (o:Organisation {id: id})
            """ + PLACE_KEYS;

    public static final String WRITE_SOURCES = CypherText.read("writing/write-sources.cypher");

    public static final String WRITE_PROGRAMMES = """
            UNWIND $rows AS row
            MERGE (p:Programme {id: row.id})
            SET p.name = row.name, p.searchName = %1$s, p.acronym = row.acronym, p.description = row.description,
                p.startDate = row.startDate, p.endDate = row.endDate
            WITH p, row
            MATCH (s:Source {id: row.source})
            MERGE (p)-[x:SOURCED_FROM]->(s)
            SET x.quote = row.quote, x.page = row.page""".formatted(SEARCH_NAME);

    public static final String WRITE_PROGRAMME_RUNNERS = CypherText.read("writing/write-programme-runners.cypher");

    /**
     * The SOURCED_FROM link of {@code node} (locked by this statement's write of it) to source {@code s},
     * bound as {@code x}: matched, or created when missing. Not MERGE: a MERGE that creates a
     * relationship locks both of its nodes until the commit, and a few sources are shared by every
     * writer, so writers queued behind each other on them. Creating a relationship on a node with many
     * takes no exclusive lock on it, and the lock on {@code node}, which every writer of its links
     * takes first, keeps the link single.
     */
    static String sourcedFrom(String node) {
        return """
                CALL (%1$s, s) {
                  WITH * WHERE NOT EXISTS { (%1$s)-[:SOURCED_FROM]->(s) }
                  CREATE (%1$s)-[:SOURCED_FROM]->(s)
                }
                MATCH (%1$s)-[x:SOURCED_FROM]->(s)""".formatted(node);
    }

    public static final String WRITE_ORGANISATIONS = """
            UNWIND $rows AS row
            MERGE (o:Organisation {id: row.id})
            SET o.version = CASE WHEN o.contentHash = row.contentHash THEN o.version ELSE coalesce(o.version, 0) + 1 END,
                o.contentHash = row.contentHash, o.name = row.name, o.searchName = %1$s, o.kind = row.kind, o.acronym = row.acronym, o.siren = row.siren, o.rna = row.rna,
                o.size = row.size, o.sector = row.sector, o.website = row.website, o.inferred = row.inferred, %2$s
            WITH o, row
            CALL (o, row) {
              MATCH (o)-[r:LOCATED_IN]->(t) WHERE t.id <> coalesce(row.territory, '') DELETE r
            }
            CALL (o, row) {
              MATCH (t:Territory {id: row.territory}) WHERE NOT EXISTS { (o)-[:LOCATED_IN]->(t) }
              CREATE (o)-[:LOCATED_IN]->(t)
            }
            WITH o, row
            MATCH (s:Source {id: row.source})
            %3$s
            SET x.quote = row.quote, x.page = row.page""".formatted(SEARCH_NAME, ROW_PLACE_KEYS, sourcedFrom("o"));

    public static final String WRITE_ALLIANCES = """
            UNWIND $rows AS row
            MERGE (a:Alliance {id: row.id})
            SET a.version = CASE WHEN a.contentHash = row.contentHash THEN a.version ELSE coalesce(a.version, 0) + 1 END,
                a.contentHash = row.contentHash, a.name = row.name, a.searchName = %1$s, a.mode = row.mode, a.status = row.status, a.startDate = row.startDate,
                a.endDate = row.endDate, a.objectives = row.objectives, a.inferred = row.inferred
            WITH a, row
            CALL (a, row) {
              MATCH (a)-[r:ACTS_IN]->(t) WHERE NOT t.id IN row.territories DELETE r
            }
            CALL (a, row) {
              UNWIND row.territories AS territoryId
              MATCH (t:Territory {id: territoryId})
              WITH DISTINCT a, t WHERE NOT EXISTS { (a)-[:ACTS_IN]->(t) }
              CREATE (a)-[:ACTS_IN]->(t)
            }
            %2$s
            CALL (a, row) {
              MATCH (a)-[r:CONTRIBUTES_TO]->(t) WHERE NOT t.code IN row.sdgTargets DELETE r
            }
            CALL (a, row) {
              UNWIND row.sdgTargets AS code
              MATCH (t:SdgTarget {code: code})
              WITH DISTINCT a, t, code, row
              CALL (a, t) {
                WITH * WHERE NOT EXISTS { (a)-[:CONTRIBUTES_TO]->(t) }
                CREATE (a)-[:CONTRIBUTES_TO]->(t)
              }
              MATCH (a)-[r:CONTRIBUTES_TO]->(t)
              SET r.basis = row.sdgBasis, r.note = row.sdgNote, %3$s
            }
            %4$s
            CALL (a, row) {
              MATCH (a)-[r:ADDRESSES]->(d) WHERE NOT d.code IN row.fragilityDomains DELETE r
            }
            CALL (a, row) {
              UNWIND row.fragilityDomains AS code
              MATCH (d:FragilityDomain {code: code})
              WITH DISTINCT a, d WHERE NOT EXISTS { (a)-[:ADDRESSES]->(d) }
              CREATE (a)-[:ADDRESSES]->(d)
            }
            CALL (a, row) {
              MATCH (a)-[r:AIMS_AT]->(i) WHERE NOT i.code IN row.impacts DELETE r
            }
            CALL (a, row) {
              UNWIND row.impacts AS code
              MATCH (i:ImpactType {code: code})
              WITH DISTINCT a, i WHERE NOT EXISTS { (a)-[:AIMS_AT]->(i) }
              CREATE (a)-[:AIMS_AT]->(i)
            }
            CALL (a, row) {
              MATCH (a)-[r:IN_PROGRAMME]->(p) WHERE NOT p.id IN row.programmes DELETE r
            }
            CALL (a, row) {
              UNWIND row.programmes AS programmeId
              MATCH (p:Programme {id: programmeId})
              WITH DISTINCT a, p WHERE NOT EXISTS { (a)-[:IN_PROGRAMME]->(p) }
              CREATE (a)-[:IN_PROGRAMME]->(p)
            }
            CALL (a, row) {
              MATCH (p:InnovationPhase {code: row.phase})
              CALL (a, p) {
                WITH * WHERE NOT EXISTS { (a)-[:AT_PHASE]->(p) }
                CREATE (a)-[:AT_PHASE]->(p)
              }
              MATCH (a)-[r:AT_PHASE]->(p)
              SET r.since = coalesce(row.phaseSince, r.since)
            }
            MATCH (s:Source {id: row.source})
            %5$s
            SET x.quote = row.quote, x.page = row.page""".formatted(SEARCH_NAME, ROW_PLACES, ROW_CONTRIBUTION_KEYS, ALLIANCE_TALLIES,
            sourcedFrom("a"));

    // The CREATE statements below write rows whose node the database does not hold yet (the importer
    // checks each batch first): no stale links to delete and no existing relationship to match, so
    // plain CREATE, faster than the MERGE statement. A batch that loses a race to another writer fails on the uniqueness
    // constraint and is written again with the MERGE statement.

    public static final String CREATE_ORGANISATIONS = """
            UNWIND $rows AS row
            CREATE (o:Organisation {id: row.id, version: 1, contentHash: row.contentHash})
            SET o.name = row.name, o.searchName = %1$s, o.kind = row.kind, o.acronym = row.acronym, o.siren = row.siren, o.rna = row.rna,
                o.size = row.size, o.sector = row.sector, o.website = row.website, o.inferred = row.inferred, %2$s
            WITH o, row
            CALL (o, row) {
              MATCH (t:Territory {id: row.territory})
              CREATE (o)-[:LOCATED_IN]->(t)
            }
            WITH o, row
            MATCH (s:Source {id: row.source})
            CREATE (o)-[x:SOURCED_FROM]->(s)
            SET x.quote = row.quote, x.page = row.page""".formatted(SEARCH_NAME, ROW_PLACE_KEYS);

    /**
     * Also records the current phase, which for a new alliance is the one its row names. Properties go
     * in the CREATE maps rather than a SET after them: with a SET of the alliance's mode and name, EXPLAIN
     * showed three Eager operators (a node it sets might be the tally it then finds by mode), each
     * holding the whole batch; none since. The L import's time did not show a difference.
     */
    public static final String CREATE_ALLIANCES = """
            UNWIND $rows AS row
            CREATE (a:Alliance {id: row.id, version: 1, contentHash: row.contentHash, name: row.name, searchName: %1$s,
                mode: row.mode, status: row.status, startDate: row.startDate, endDate: row.endDate, objectives: row.objectives,
                inferred: row.inferred, currentPhase: row.phase})
            WITH a, row
            CALL (a, row) {
              UNWIND row.territories AS territoryId
              MATCH (t:Territory {id: territoryId})
              CREATE (a)-[:ACTS_IN]->(t)
            }
            CALL (a, row) {
              UNWIND row.places AS placeId
              MATCH (d:Territory {id: placeId})
              CREATE (a)-[:IN_PLACE {place: placeId, name: row.name}]->(d)
            }
            CALL (a, row) {
              UNWIND row.sdgTargets AS code
              MATCH (t:SdgTarget {code: code})
              CREATE (a)-[r:CONTRIBUTES_TO {basis: row.sdgBasis, note: row.sdgNote, %2$s}]->(t)
              WITH a, row, code WHERE row.mode IS NOT NULL
              MERGE (m:SdgTargetMode {target: code, mode: row.mode})
              CREATE (a)-[:TALLIED_IN]->(m)
            }
            CALL (a, row) {
              UNWIND row.fragilityDomains AS code
              MATCH (d:FragilityDomain {code: code})
              CREATE (a)-[:ADDRESSES]->(d)
            }
            CALL (a, row) {
              UNWIND row.impacts AS code
              MATCH (i:ImpactType {code: code})
              CREATE (a)-[:AIMS_AT]->(i)
            }
            CALL (a, row) {
              UNWIND row.programmes AS programmeId
              MATCH (p:Programme {id: programmeId})
              CREATE (a)-[:IN_PROGRAMME]->(p)
            }
            CALL (a, row) {
              MATCH (p:InnovationPhase {code: row.phase})
              CREATE (a)-[r:AT_PHASE]->(p)
              SET r.since = row.phaseSince
            }
            MATCH (s:Source {id: row.source})
            CREATE (a)-[x:SOURCED_FROM]->(s)
            SET x.quote = row.quote, x.page = row.page""".formatted(SEARCH_NAME, CREATED_CONTRIBUTION_KEYS);

    /** For alliances created by the same import: the importer rejects a repeated (alliance, organisation, role). */
    public static final String CREATE_MEMBERSHIPS = CypherText.read("writing/create-memberships.cypher");

    /**
     * Adds links to one alliance without touching the others ({@code $territories}, {@code $sdgTargets}
     * with {@code $sdgBasis} and {@code $sdgNote}, {@code $fragilityDomains}, {@code $impacts},
     * {@code $programmes}: lists, possibly empty); 16 writers adding one territory each all keep theirs.
     */
    public static final String LINK_ALLIANCE = """
            MATCH (a:Alliance {id: $id})
            SET a.version = coalesce(a.version, 0) + 1, a.contentHash = null
            WITH a
            CALL (a) {
              UNWIND $territories AS territoryId
              MATCH (t:Territory {id: territoryId})
              WITH DISTINCT a, t WHERE NOT EXISTS { (a)-[:ACTS_IN]->(t) }
              CREATE (a)-[:ACTS_IN]->(t)
            }
            %1$s
            CALL (a) {
              UNWIND $sdgTargets AS code
              MATCH (t:SdgTarget {code: code})
              WITH DISTINCT a, t, code
              CALL (a, t) {
                WITH * WHERE NOT EXISTS { (a)-[:CONTRIBUTES_TO]->(t) }
                CREATE (a)-[:CONTRIBUTES_TO]->(t)
              }
              MATCH (a)-[r:CONTRIBUTES_TO]->(t)
              SET r.basis = $sdgBasis, r.note = coalesce($sdgNote, r.note), %2$s
            }
            %3$s
            CALL (a) {
              UNWIND $fragilityDomains AS code
              MATCH (d:FragilityDomain {code: code})
              WITH DISTINCT a, d WHERE NOT EXISTS { (a)-[:ADDRESSES]->(d) }
              CREATE (a)-[:ADDRESSES]->(d)
            }
            CALL (a) {
              UNWIND $impacts AS code
              MATCH (i:ImpactType {code: code})
              WITH DISTINCT a, i WHERE NOT EXISTS { (a)-[:AIMS_AT]->(i) }
              CREATE (a)-[:AIMS_AT]->(i)
            }
            CALL (a) {
              UNWIND $programmes AS programmeId
              MATCH (p:Programme {id: programmeId})
              WITH DISTINCT a, p WHERE NOT EXISTS { (a)-[:IN_PROGRAMME]->(p) }
              CREATE (a)-[:IN_PROGRAMME]->(p)
            }
            RETURN a.version AS version""".formatted(ALLIANCE_PLACES, CONTRIBUTION_KEYS, ALLIANCE_TALLIES);

    /** Removes the listed links of one alliance, keeping the others; the parameters of {@link #LINK_ALLIANCE}. */
    public static final String UNLINK_ALLIANCE = """
            MATCH (a:Alliance {id: $id})
            SET a.version = coalesce(a.version, 0) + 1, a.contentHash = null
            WITH a
            CALL (a) {
              MATCH (a)-[r:ACTS_IN]->(t) WHERE t.id IN $territories DELETE r
            }
            %1$s
            CALL (a) {
              MATCH (a)-[r:CONTRIBUTES_TO]->(t) WHERE t.code IN $sdgTargets DELETE r
            }
            %2$s
            CALL (a) {
              MATCH (a)-[r:ADDRESSES]->(d) WHERE d.code IN $fragilityDomains DELETE r
            }
            CALL (a) {
              MATCH (a)-[r:AIMS_AT]->(i) WHERE i.code IN $impacts DELETE r
            }
            CALL (a) {
              MATCH (a)-[r:IN_PROGRAMME]->(p) WHERE p.id IN $programmes DELETE r
            }
            RETURN a.version AS version""".formatted(ALLIANCE_PLACES, ALLIANCE_TALLIES);

    public static final String WRITE_PHASES = CypherText.read("writing/write-phases.cypher");

    /** Closes each phase at the start of the next one and records the current phase on the alliance. */
    public static final String CLOSE_PHASES = CypherText.read("writing/close-phases.cypher");

    public static final String WRITE_MEMBERSHIPS = CypherText.read("writing/write-memberships.cypher");

    /** Further sources of nodes of one label (citations.csv): one SOURCED_FROM each, merged on the source. */
    public static String writeCitations(NodeLabel label) {
        return """
                UNWIND $rows AS row
                MATCH (n:%s {id: row.id})
                MATCH (s:Source {id: row.source})
                MERGE (n)-[x:SOURCED_FROM]->(s)
                SET x.quote = row.quote, x.page = row.page""".formatted(label.cypher());
    }

    /** SDG contributions with a basis or note of their own (sdg_contributions.csv). */
    public static final String WRITE_SDG_CONTRIBUTIONS = """
            UNWIND $rows AS row
            MATCH (a:Alliance {id: row.alliance})
            MATCH (t:SdgTarget {code: row.target})
            MERGE (a)-[r:CONTRIBUTES_TO]->(t)
            SET r.basis = row.basis, r.note = row.note, %s
            WITH a, t WHERE a.mode IS NOT NULL
            MERGE (m:SdgTargetMode {target: t.code, mode: a.mode})
            MERGE (a)-[:TALLIED_IN]->(m)""".formatted(CONTRIBUTION_KEYS);
}

package org.alliancegraph.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.generator.RnaFileGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * An RNA delivery in the published layout (generated: a zip of one {@code ;} CSV per département)
 * applied to the graph: what it holds is what the graph then counts, per département, read back
 * independently from the file; the same file twice changes nothing; the next month's file changes
 * exactly its changed rows; an association already in the graph is completed, not duplicated; an
 * old-layout Windows-1252 file with bad rows is read, its bad rows reported by file and line.
 */
@AllianceGraphTest
class RnaImportTest {

    @Autowired
    RnaImport rna;
    @Autowired
    Neo4jClient client;
    @TempDir
    Path dir;

    static final int ROWS = 3_000;

    @AfterEach
    void clean() {
        client.query("MATCH (o:Organisation) WHERE o.id STARTS WITH 'rna-' OR o.id STARTS WITH 'rt-' DETACH DELETE o").run();
        client.query("MATCH (s:Source) WHERE s.id STARTS WITH 'rna-' DETACH DELETE s").run();
    }

    /** The rows of every CSV of a zip, read here without the importer. */
    static List<CSVRecord> rows(Path zip) throws Exception {
        List<CSVRecord> rows = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            while (in.getNextEntry() != null) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                rows.addAll(CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                        .parse(new java.io.StringReader(text)).getRecords());
            }
        }
        return rows;
    }

    long count(String cypher) {
        return client.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void a_delivery_is_counted_as_the_file_says_and_applied_once() throws Exception {
        RnaFileGenerator.Written file = new RnaFileGenerator(7).write(dir.resolve("m1"), ROWS, LocalDate.of(2026, 11, 1));
        // An association people already put in the graph, under their own id and name, with its RNA number.
        String known = RnaFileGenerator.rnaNumber(5);
        client.query("CREATE (:Organisation {id: 'rt-known', name: 'Notre club', kind: 'ASSOCIATION', rna: $rna, version: 1})")
                .bind(known).to("rna").run();

        RnaImport.Report first = rna.apply(file.file(), 500, line -> { });
        assertThat(first.read()).isEqualTo(ROWS);
        assertThat(first.rejected()).isZero();
        assertThat(first.written()).isEqualTo(ROWS);
        assertThat(first.created()).isEqualTo(ROWS - 1);

        // Per département, what the generator wrote is what the graph counts (collectivités d'outre-mer: no département).
        Map<String, Long> expected = new TreeMap<>();
        file.byDepartement().forEach((d, n) -> expected.merge(d.startsWith("departement:") ? d : "none", (long) n, Long::sum));
        Map<String, Long> counted = new TreeMap<>();
        client.query("MATCH (o:Organisation) WHERE o.rna STARTS WITH 'W1' RETURN coalesce(o.departement, 'none') AS d, count(*) AS n")
                .fetch().all().forEach(r -> counted.put((String) r.get("d"), ((Number) r.get("n")).longValue()));
        assertThat(counted).isEqualTo(expected);
        // Active: position A and no dissolution date, as read here from the file.
        long active = rows(file.file()).stream().filter(r -> r.get("position").equals("A") && r.get("date_disso").isEmpty()).count();
        assertThat(count("MATCH (o:Organisation) WHERE o.rna STARTS WITH 'W1' AND o.active RETURN count(o)")).isEqualTo(active);

        // The association already there is completed, not duplicated; its name stays the one people gave.
        assertThat(count("MATCH (o:Organisation {rna: '" + known + "'}) RETURN count(o)")).isEqualTo(1);
        Map<String, Object> completed = client.query("MATCH (o:Organisation {id: 'rt-known'}) RETURN o.name AS name, "
                + "o.registryName AS registryName, o.version AS version, "
                + "EXISTS { (o)-[:SOURCED_FROM]->(:Source {id: 'rna-waldec-2026-11-01', complete: true}) } AS sourced").fetch().one().orElseThrow();
        assertThat(completed).containsEntry("name", "Notre club").containsEntry("version", 2L).containsEntry("sourced", true);
        assertThat((String) completed.get("registryName")).isNotBlank();

        // The same file again changes nothing.
        Map<String, Long> versions = versions();
        RnaImport.Report again = rna.apply(file.file(), 500, line -> { });
        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).isEqualTo(ROWS);
        assertThat(versions()).isEqualTo(versions);

        // Next month: ten titles changed and five dissolved; only those fifteen are written.
        Path next = dir.resolve("m2").resolve("rna_waldec_20261201.zip");
        Files.createDirectories(next.getParent());
        List<String> changed = rewrite(file.file(), next, 10, 5);
        RnaImport.Report monthly = rna.apply(next, 500, line -> { });
        assertThat(monthly.written()).isEqualTo(15);
        Map<String, Long> after = versions();
        List<String> moved = after.keySet().stream().filter(id -> !after.get(id).equals(versions.get(id))).sorted().toList();
        assertThat(moved).containsExactlyInAnyOrderElementsOf(changed);
        assertThat(count("MATCH (o:Organisation)-[:SOURCED_FROM]->(:Source {id: 'rna-waldec-2026-12-01'}) RETURN count(o)"))
                .isEqualTo(15);
        assertThat(count("MATCH (o:Organisation)-[:SOURCED_FROM]->(:Source {id: 'rna-waldec-2026-11-01'}) RETURN count(o)"))
                .isEqualTo(ROWS - 15);
    }

    Map<String, Long> versions() {
        Map<String, Long> v = new HashMap<>();
        client.query("MATCH (o:Organisation) WHERE o.rna STARTS WITH 'W1' RETURN o.rna AS rna, o.version AS version").fetch().all()
                .forEach(r -> v.put((String) r.get("rna"), ((Number) r.get("version")).longValue()));
        return v;
    }

    /** A copy of the delivery with {@code retitled} titles changed and {@code dissolved} associations dissolved; their RNA numbers. */
    static List<String> rewrite(Path from, Path to, int retitled, int dissolved) throws Exception {
        List<String> changed = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(entry.getName()));
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setDelimiter(';')
                        .setHeader(RnaFileGenerator.WALDEC.toArray(String[]::new)).get());
                for (CSVRecord r : CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                        .parse(new java.io.StringReader(text))) {
                    List<String> values = new ArrayList<>(r.toList());
                    if (changed.size() < retitled && !r.get("id").equals(RnaFileGenerator.rnaNumber(5))) {
                        values.set(RnaFileGenerator.WALDEC.indexOf("titre"), r.get("titre") + " (nouveau nom)");
                        changed.add(r.get("id"));
                    } else if (changed.size() < retitled + dissolved && r.get("position").equals("A") && r.get("date_disso").isEmpty()) {
                        values.set(RnaFileGenerator.WALDEC.indexOf("position"), "D");
                        values.set(RnaFileGenerator.WALDEC.indexOf("date_disso"), "2026-11-20");
                        changed.add(r.get("id"));
                    }
                    values.set(RnaFileGenerator.WALDEC.indexOf("maj_time"), "2026-11-30 10:00:00");
                    p.printRecord(values);
                }
                p.flush();
                out.closeEntry();
            }
        }
        return changed;
    }

    @Test
    void an_old_layout_file_in_windows_1252_is_read_and_its_bad_rows_named() throws Exception {
        Path csv = dir.resolve("rna_import_20261201_dpt_75.csv");
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(csv), Charset.forName("windows-1252"))) {
            w.write("id,id_ex,siret,gestion,date_creat,date_publi,nature,groupement,titre,objet,objet_social1,objet_social2,"
                    + "adr1,adr2,adr3,adrs_codepostal,libcom,adrs_codeinsee,dir_civilite,telephone,siteweb,email,observation,position,rup_mi,maj_time\r\n");
            w.write("W751000001,,,751P,1990-05-02,1990-06-01,D,S,Société des amis du Musée,,003000,,,,,75008,Paris,75108,,,,,,A,,2020-01-01\r\n");
            w.write("123,,,751P,1990-05-02,1990-06-01,D,S,Sans numéro,,,,,,,75008,Paris,75108,,,,,,A,,2020-01-01\r\n");
            w.write("W751000002,,,751P,1990-05-02,1990-06-01,D,S,,,,,,,,75008,Paris,75108,,,,,,A,,2020-01-01\r\n");
        }
        RnaImport.Report report = rna.apply(csv, 500, line -> { });
        assertThat(report.read()).isEqualTo(3);
        assertThat(report.written()).isEqualTo(1);
        assertThat(report.files().getFirst().charset()).isEqualTo("windows-1252");
        assertThat(report.files().getFirst().separator()).isEqualTo(',');
        assertThat(report.problems()).containsExactly(
                "rna_import_20261201_dpt_75.csv:3 [id] '123' is not an RNA number (W and nine characters)",
                "rna_import_20261201_dpt_75.csv:4 [titre] is empty");
        // An arrondissement of Paris is Paris.
        assertThat(client.query("MATCH (o:Organisation {rna: 'W751000001'})-[:LOCATED_IN]->(t) RETURN o.name + ' @ ' + t.id")
                .fetchAs(String.class).one()).contains("Société des amis du Musée @ commune:75056");
        assertThat(report.source()).isEqualTo("rna-import-2026-12-01");
    }
}

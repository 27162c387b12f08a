package org.alliancegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The import format end to end: validation, idempotence, all-or-nothing and keep-good. */
@AllianceGraphTest
class ImportServiceTest {

    @Autowired
    ImportService importer;
    @Autowired
    Neo4jClient client;
    @TempDir
    Path folder;

    static final String SOURCES = """
            id,title,publisher,date,url
            imp-src,Rapport d’essai,Test,2024-05,https://example.org/rapport
            """;
    static final String ORGANISATIONS = """
            id,name,kind,territory,siren,rna,source,quote
            imp-asso,Association d’essai,association,37261,,W372000123,imp-src,une association de Tours
            imp-ent,Entreprise d’essai,ENTREPRISE,departement:37,552 100 554,,imp-src,une entreprise
            imp-col,Commune d’essai,COLLECTIVITE_TERRITORIALE,commune:37261,,,imp-src,la ville
            """;
    static final String ALLIANCES = """
            id,name,mode,status,phase,phase_since,start_date,end_date,territories,sdg_targets,sdg_basis,fragility_domains,impacts,source,quote
            imp-all,Alliance d’essai,MECENAT,EN_COURS,EXPERIMENTATION,2021-01-01,2020-06-01,,region:24;37261,17.17;11.3,PURPOSE,EDUCATION,INNOVATION,imp-src,texte
            """;
    static final String MEMBERSHIPS = """
            alliance,organisation,role,since,until,source
            imp-all,imp-asso,PORTEUR,2020-06-01,,imp-src
            imp-all,imp-ent,FINANCEUR,2020-06,,imp-src
            imp-all,imp-col,INSTITUTION,2021,,imp-src
            """;

    void write(String file, String content) throws IOException {
        Files.writeString(folder.resolve(file), content, StandardCharsets.UTF_8);
    }

    void writeAll(String organisations, String memberships) throws IOException {
        write("sources.csv", SOURCES);
        write("organisations.csv", organisations);
        write("alliances.csv", ALLIANCES);
        write("memberships.csv", memberships);
    }

    long count(String cypher) {
        return client.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    long importNodes() {
        return count("MATCH (n) WHERE n.id STARTS WITH 'imp-' RETURN count(n)");
    }

    @AfterEach
    void removeImported() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'imp-' DETACH DELETE n").run();
    }

    @Test
    void imports_a_folder_and_a_second_run_changes_nothing() throws IOException {
        writeAll(ORGANISATIONS, MEMBERSHIPS);
        ImportReport first = importer.importFolder(ImportInput.folder(folder), ImportMode.ALL_OR_NOTHING);
        assertThat(first.errors()).isEmpty();
        assertThat(first.written()).isTrue();
        assertThat(first.nodesCreated()).isEqualTo(5);
        assertThat(first.rowsAccepted()).containsEntry("organisations.csv", 3).containsEntry("memberships.csv", 3);
        assertThat(count("""
                MATCH (a:Alliance {id: 'imp-all'})
                RETURN COUNT { (a)<-[:PARTNER_IN]-() } * 1000 + COUNT { (a)-[:ACTS_IN]->() } * 100
                     + COUNT { (a)-[:CONTRIBUTES_TO]->() } * 10 + COUNT { (a)-[:AT_PHASE]->() }""")).isEqualTo(3221);
        assertThat(count("MATCH (:Organisation {id: 'imp-asso'})-[:LOCATED_IN]->(:Territory {id: 'commune:37261'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (o:Organisation {id: 'imp-ent', siren: '552100554'}) RETURN count(o)")).isEqualTo(1);
        long relationships = count("MATCH (n)-[r]-() WHERE n.id STARTS WITH 'imp-' RETURN count(r)");

        ImportReport second = importer.importFolder(ImportInput.folder(folder), ImportMode.ALL_OR_NOTHING);
        assertThat(second.errors()).isEmpty();
        assertThat(second.nodesCreated()).isZero();
        assertThat(second.relationshipsCreated()).isZero();
        assertThat(second.relationshipsDeleted()).isZero();
        assertThat(importNodes()).isEqualTo(5);
        assertThat(count("MATCH (n)-[r]-() WHERE n.id STARTS WITH 'imp-' RETURN count(r)")).isEqualTo(relationships);
    }

    @Test
    void bad_rows_are_reported_with_file_line_and_reason_and_nothing_is_written() throws IOException {
        writeAll(ORGANISATIONS + """
                imp-bad1,SIREN faux,ENTREPRISE,,123456789,,imp-src,x
                imp-bad2,Genre inconnu,CLUB,,,,imp-src,x
                imp-bad3,Territoire inconnu,ASSOCIATION,commune:99999,,,imp-src,x
                imp-bad4,RNA faux,ASSOCIATION,,,X123,imp-src,x
                """, MEMBERSHIPS + """
                imp-all,imp-ghost,PORTEUR,,,imp-src
                imp-all,imp-asso,FINANCEUR,2022-01-01,2021-01-01,imp-src
                """);
        ImportReport report = importer.importFolder(ImportInput.folder(folder), ImportMode.ALL_OR_NOTHING);
        assertThat(report.written()).isFalse();
        assertThat(importNodes()).isZero();
        assertThat(report.errors()).extracting(RowError::toString).anySatisfy(e -> assertThat(e)
                .startsWith("organisations.csv:5 [siren]").contains("check digit"));
        assertThat(report.errors()).extracting(RowError::toString).anySatisfy(e -> assertThat(e)
                .startsWith("organisations.csv:6 [kind]").contains("'CLUB' is not a known kind").contains("ASSOCIATION"));
        assertThat(report.errors()).extracting(RowError::toString).anySatisfy(e -> assertThat(e)
                .startsWith("organisations.csv:7 [territory]").contains("commune:99999").contains("does not exist"));
        assertThat(report.errors()).extracting(RowError::toString).anySatisfy(e -> assertThat(e)
                .startsWith("organisations.csv:8 [rna]"));
        assertThat(report.errors()).extracting(RowError::toString).anySatisfy(e -> assertThat(e)
                .startsWith("memberships.csv:5 [organisation]").contains("imp-ghost"));
        assertThat(report.errors()).extracting(RowError::toString).anySatisfy(e -> assertThat(e)
                .startsWith("memberships.csv:6 [until]").contains("before"));
        assertThat(report.errors()).hasSize(6);
    }

    @Test
    void further_sources_and_per_target_bases_are_checked_then_written_once() throws IOException {
        writeAll(ORGANISATIONS, MEMBERSHIPS);
        write("citations.csv", """
                kind,id,source,quote,page
                ORGANISATION,imp-asso,lerameau-2022-action,"deuxième source, citée",4
                PERSON,imp-asso,imp-src,,
                ALLIANCE,imp-ghost,imp-src,,
                ALLIANCE,imp-all,nowhere,,
                """);
        write("sdg_contributions.csv", """
                alliance,target,basis,note
                imp-all,11.3,SOURCE,cité
                imp-all,99.9,SOURCE,
                imp-all,17.17,GUESS,
                """);
        ImportReport refused = importer.importFolder(ImportInput.folder(folder), ImportMode.ALL_OR_NOTHING);
        assertThat(refused.written()).isFalse();
        assertThat(refused.errors()).extracting(RowError::toString)
                .anySatisfy(e -> assertThat(e).startsWith("citations.csv:3 [kind]").contains("PERSON").contains("ORGANISATION"))
                .anySatisfy(e -> assertThat(e).startsWith("citations.csv:4 [id]").contains("imp-ghost"))
                .anySatisfy(e -> assertThat(e).startsWith("citations.csv:5 [source]").contains("nowhere"))
                .anySatisfy(e -> assertThat(e).startsWith("sdg_contributions.csv:3 [target]").contains("99.9"))
                .anySatisfy(e -> assertThat(e).startsWith("sdg_contributions.csv:4 [basis]").contains("GUESS"))
                .hasSize(5);
        assertThat(importNodes()).isZero();

        write("citations.csv", """
                kind,id,source,quote,page
                ORGANISATION,imp-asso,lerameau-2022-action,"deuxième source, citée",4
                """);
        write("sdg_contributions.csv", """
                alliance,target,basis,note
                imp-all,11.3,SOURCE,cité
                """);
        for (int run = 0; run < 2; run++) {
            ImportReport report = importer.importFolder(ImportInput.folder(folder), ImportMode.ALL_OR_NOTHING);
            assertThat(report.errors()).isEmpty();
            assertThat(count("""
                    MATCH (:Organisation {id: 'imp-asso'})-[x:SOURCED_FROM]->(s:Source)
                    RETURN sum(CASE s.id WHEN 'lerameau-2022-action' THEN 10 + toInteger(x.page) ELSE 1 END)""")).isEqualTo(15);
            assertThat(client.query("""
                    MATCH (:Alliance {id: 'imp-all'})-[r:CONTRIBUTES_TO]->(t:SdgTarget)
                    RETURN t.code + ':' + r.basis + ':' + coalesce(r.note, '') AS c ORDER BY c""")
                    .fetchAs(String.class).all()).containsExactly("11.3:SOURCE:cité", "17.17:PURPOSE:");
        }
    }

    @Test
    void keep_good_writes_the_good_rows_and_rejects_the_rows_that_depend_on_bad_ones() throws IOException {
        writeAll(ORGANISATIONS.replace("imp-ent,Entreprise d’essai,ENTREPRISE", "imp-ent,Entreprise d’essai,MULTINATIONALE"),
                MEMBERSHIPS);
        ImportReport report = importer.importFolder(ImportInput.folder(folder), ImportMode.KEEP_GOOD);
        assertThat(report.written()).isTrue();
        assertThat(report.errors()).extracting(RowError::toString).containsExactlyInAnyOrder(
                "organisations.csv:3 [kind]: 'MULTINATIONALE' is not a known kind; use one of " + java.util.Arrays.toString(
                        org.alliancegraph.vocabulary.OrganisationKind.values()),
                "memberships.csv:3 [organisation]: Organisation 'imp-ent' was rejected in organisations.csv (its own problem is "
                        + "reported there): this row goes with it");
        // Rows, not problems, are counted as rejected, and the membership is said to go with its organisation.
        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(report.rowsRejectedForReferences()).containsEntry("memberships.csv", 1).containsEntry("organisations.csv", 0);
        assertThat(report.summary()).contains("1 rejected (1 only because a row they refer to was rejected)")
                .contains("2 problem(s) in 2 rejected row(s)");
        assertThat(count("MATCH (o:Organisation) WHERE o.id STARTS WITH 'imp-' RETURN count(o)")).isEqualTo(2);
        assertThat(count("MATCH (:Organisation)-[r:PARTNER_IN]->(:Alliance {id: 'imp-all'}) RETURN count(r)")).isEqualTo(2);
    }

    @Test
    void headers_and_missing_files_are_checked_before_anything_else() throws IOException {
        write("sources.csv", SOURCES);
        write("organisations.csv", "id,name,kind,colour,source\nimp-x,X,ASSOCIATION,blue,imp-src\n");
        ImportReport report = importer.importFolder(ImportInput.folder(folder), ImportMode.KEEP_GOOD);
        assertThat(report.errors()).extracting(RowError::toString).contains(
                "organisations.csv:1 [colour]: unknown column 'colour'; known columns are [id, name, kind, source, acronym, territory, siren, rna, size, sector, website, inferred, quote, page]");
        assertThat(report.errors()).extracting(RowError::file).contains("alliances.csv", "memberships.csv");
        assertThat(report.errors()).extracting(RowError::toString).anySatisfy(e -> assertThat(e)
                .startsWith("alliances.csv: file missing from " + folder));
        assertThat(count("MATCH (o:Organisation {id: 'imp-x'}) RETURN count(o)")).isZero();
    }

    @Test
    void a_file_full_of_bad_rows_is_reported_in_bounded_memory() throws IOException {
        StringBuilder organisations = new StringBuilder("id,name,kind,source\n");
        for (int i = 0; i < 10_050; i++) {
            organisations.append("imp-many-").append(i).append(",X,NOT_A_KIND,imp-src\n");
        }
        writeAll(organisations.toString(), "alliance,organisation,role,source\n");
        ImportReport report = importer.importFolder(ImportInput.folder(folder), ImportMode.KEEP_GOOD);
        assertThat(report.rejectedRows()).isEqualTo(10_050);
        assertThat(report.errors()).hasSize(10_000);
        assertThat(report.summary()).contains("10050 problem(s) in 10050 rejected row(s)").contains("... and 9850 more");
        assertThat(importNodes()).isEqualTo(2); // the source and the alliance, whose rows were good
    }

    @Test
    void a_reimport_replaces_the_links_the_files_no_longer_list() throws IOException {
        writeAll(ORGANISATIONS, MEMBERSHIPS);
        importer.importFolder(ImportInput.folder(folder), ImportMode.ALL_OR_NOTHING);
        write("alliances.csv", ALLIANCES.replace("region:24;37261,17.17;11.3", "region:24,17.17"));
        ImportReport report = importer.importFolder(ImportInput.folder(folder), ImportMode.ALL_OR_NOTHING);
        // The commune and the SDG target 11.3, and with the commune the département it put the alliance in
        // (its IN_PLACE link, schema V005), and with 11.3 its tally's link (schema V007); the région stays,
        // named by the file itself.
        assertThat(report.relationshipsDeleted()).isEqualTo(4);
        assertThat(count("MATCH (:Alliance {id: 'imp-all'})-[:TALLIED_IN]->(m) RETURN count(m)")).isEqualTo(1);
        assertThat(count("MATCH (:Alliance {id: 'imp-all'})-[:ACTS_IN|CONTRIBUTES_TO]->(x) RETURN count(x)")).isEqualTo(2);
        assertThat(count("MATCH (:Alliance {id: 'imp-all'})-[p:IN_PLACE]->(x) RETURN count(x)")).isEqualTo(1);
    }

    @Test
    void a_malformed_file_stops_the_import_before_anything_is_written() throws IOException {
        // A BOM (as spreadsheets write) is fine; the unclosed quote in memberships.csv is not.
        writeAll("\uFEFF" + ORGANISATIONS, MEMBERSHIPS + "imp-all,imp-asso,\"PARTENAIRE,imp-src\n");
        ImportReport report = importer.importFolder(ImportInput.folder(folder), ImportMode.ALL_OR_NOTHING);
        assertThat(report.written()).isFalse();
        assertThat(report.errors()).extracting(RowError::toString).singleElement().asString()
                .startsWith("memberships.csv:5: a quoted cell opened on this line is never closed");
        assertThat(report.rowsAccepted()).containsEntry("organisations.csv", 3);
        assertThat(importNodes()).isZero();
    }
}

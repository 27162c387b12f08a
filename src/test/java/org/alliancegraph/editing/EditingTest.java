package org.alliancegraph.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.alliancegraph.support.TesterConfiguration;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Mutations through the web handler (so the API-key interceptor runs), on the real database. */
@AllianceGraphTest
class EditingTest {

    @LocalServerPort
    int port;
    @Autowired
    Neo4jClient client;

    GraphQlTester anonymous;
    GraphQlTester editor;

    @BeforeEach
    void testers() {
        anonymous = TesterConfiguration.http(port).build();
        editor = TesterConfiguration.http(port).header("X-API-Key", "second-key").build();
    }

    @AfterEach
    void clean() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'ed-' DETACH DELETE n").run();
    }

    long count(String cypher) {
        return client.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    static final String ORGANISATION = """
            mutation { upsertOrganisation(input: {id: "ed-asso", name: "Asso éditée", kind: ASSOCIATION,
                territory: "commune:37261", siren: "552 100 554", rna: "W372000123",
                provenance: {source: "lerameau-2022-action", quote: "saisie par un éditeur"}}) {
              id name kind territory { id } siren provenance { source { id } quote } } }""";

    @Test
    void reads_are_public_writes_need_the_editor_key() {
        anonymous.document("{ organisation(id: \"wimoov\") { name } }").execute().path("organisation.name").hasValue();
        anonymous.document(ORGANISATION).execute().errors().satisfy(errors -> {
            assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED);
            assertThat(errors.get(0).getMessage()).contains("X-API-Key");
        });
        // A reader's key reads, and may not write (bad keys are refused before GraphQL: RolesTest).
        TesterConfiguration.http(port).header("X-API-Key", "test-reader-key").build().document(ORGANISATION).execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
        assertThat(count("MATCH (o:Organisation {id: 'ed-asso'}) RETURN count(o)")).isZero();
    }

    @Test
    void upserts_are_validated_idempotent_and_keep_provenance() {
        editor.document(ORGANISATION).execute()
                .path("upsertOrganisation.territory.id").entity(String.class).isEqualTo("commune:37261")
                .path("upsertOrganisation.siren").entity(String.class).isEqualTo("552100554")
                .path("upsertOrganisation.provenance[0].quote").entity(String.class).isEqualTo("saisie par un éditeur");
        long nodes = count("MATCH (n) RETURN count(n)");
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");
        editor.document(ORGANISATION).execute().errors().verify();
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);

        editor.document("""
                mutation { upsertAlliance(input: {id: "ed-alliance", name: "Alliance éditée", mode: INNOVATION_SOCIETALE,
                    startDate: "2021-03-01", territories: ["departement:37"], sdgTargets: ["17.17"], sdgBasis: PURPOSE,
                    fragilityDomains: ["EDUCATION"], programmes: ["impact"],
                    provenance: {source: "lerameau-2022-action"}}) {
                  id territories { id } sdgTargets { target { code } basis } fragilityDomains { code } programmes { id } } }""")
                .execute().path("upsertAlliance.sdgTargets[0].basis").entity(String.class).isEqualTo("PURPOSE");
        editor.document("""
                mutation { setMembership(input: {alliance: "ed-alliance", organisation: "ed-asso", role: PORTEUR,
                    since: "2021-03-01", provenance: {source: "lerameau-2022-action", page: "p. 3"}}) {
                  role since provenance { page } alliance { partners { organisation { id } } } } }""")
                .execute().path("setMembership.alliance.partners[0].organisation.id").entity(String.class).isEqualTo("ed-asso");
        assertThat(count("MATCH (o:Organisation:Allied {id: 'ed-asso'}) RETURN count(o)")).as("partner in an alliance").isOne();

        // Phases: history kept, previous phase closed, going back in time refused, repeating harmless.
        editor.document("""
                mutation { setAlliancePhase(input: {alliance: "ed-alliance", phase: EXPERIMENTATION, since: "2021-03-01"}) {
                  currentPhase } }""").execute().path("setAlliancePhase.currentPhase").entity(String.class).isEqualTo("EXPERIMENTATION");
        String modelling = """
                mutation { setAlliancePhase(input: {alliance: "ed-alliance", phase: MODELISATION, since: "2023-01-01",
                    provenance: {source: "lerameau-2022-action", quote: "passage en modélisation"}}) {
                  currentPhase phaseHistory { phase since until } } }""";
        editor.document(modelling).execute().path("setAlliancePhase.phaseHistory[0].until").entity(String.class)
                .isEqualTo("2023-01-01");
        editor.document(modelling).execute().path("setAlliancePhase.phaseHistory").entityList(Object.class).hasSize(2);
        editor.document("""
                mutation { setAlliancePhase(input: {alliance: "ed-alliance", phase: ESSAIMAGE, since: "2022-01-01"}) {
                  currentPhase } }""").execute().errors().satisfy(errors -> {
                    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.get(0).getExtensions()).containsEntry("argument", "input.since");
                });

        // Removing a fact is an administrator's.
        TesterConfiguration.http(port).header("X-API-Key", "test-admin-key").build().document("""
                mutation { removeMembership(alliance: "ed-alliance", organisation: "ed-asso", role: PORTEUR) }""")
                .execute().path("removeMembership").entity(Boolean.class).isEqualTo(true);
        assertThat(count("MATCH (o:Organisation:Allied {id: 'ed-asso'}) RETURN count(o)")).as("in no alliance any more").isZero();
    }

    @Test
    void a_mutation_and_an_import_row_check_and_write_the_same_way(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        // The same organisation through the mutation, then as an import row: one record (WriteRows) and
        // one set of parameters, so the content hash is the same and the import changes nothing, not even
        // the version.
        editor.document(ORGANISATION).execute().errors().verify();
        String written = "MATCH (o:Organisation {id: 'ed-asso'}) RETURN o.contentHash + ' v' + o.version";
        String before = client.query(written).fetchAs(String.class).one().orElseThrow();
        java.nio.file.Files.writeString(folder.resolve("sources.csv"), "id,title\n");
        java.nio.file.Files.writeString(folder.resolve("alliances.csv"), "id,name,mode,source\n");
        java.nio.file.Files.writeString(folder.resolve("memberships.csv"), "alliance,organisation,role,source\n");
        java.nio.file.Files.writeString(folder.resolve("organisations.csv"), """
                id,name,kind,territory,siren,rna,source,quote
                ed-asso,Asso éditée,ASSOCIATION,commune:37261,552 100 554,W372000123,lerameau-2022-action,saisie par un éditeur
                """);
        org.alliancegraph.importer.ImportReport report = importer.importFolder(org.alliancegraph.importer.ImportInput.folder(folder),
                org.alliancegraph.importer.ImportMode.ALL_OR_NOTHING);
        assertThat(report.errors()).isEmpty();
        assertThat(report.nodesCreated()).isZero();
        assertThat(client.query(written).fetchAs(String.class).one().orElseThrow()).isEqualTo(before).endsWith(" v1");

        // A bad SIREN: the same message from both.
        java.nio.file.Files.writeString(folder.resolve("organisations.csv"), """
                id,name,kind,siren,source
                ed-bad,X,ENTREPRISE,552100555,lerameau-2022-action
                """);
        String fromImport = importer.importFolder(org.alliancegraph.importer.ImportInput.folder(folder),
                org.alliancegraph.importer.ImportMode.ALL_OR_NOTHING).errors().getFirst().reason();
        editor.document("""
                mutation { upsertOrganisation(input: {id: "ed-bad", name: "X", kind: ENTREPRISE, siren: "552100555",
                    provenance: {source: "lerameau-2022-action"}}) { id } }""").execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getMessage()).isEqualTo(fromImport).contains("check digit"));
    }

    @Autowired
    org.alliancegraph.importer.ImportService importer;

    /** The organisation's place keys, then the alliance's IN_PLACE links as "place name". */
    java.util.List<String> places(String organisation, String alliance) {
        java.util.List<String> found = new java.util.ArrayList<>(client.query("""
                MATCH (o:Organisation {id: $o})
                RETURN coalesce(o.departement, '-') + ' ' + coalesce(o.region, '-') + ' ' + coalesce(toString(o.manyPlaces), '-')""")
                .bind(organisation).to("o").fetchAs(String.class).all());
        found.addAll(client.query("""
                MATCH (:Alliance {id: $a})-[r:IN_PLACE]->(d:Territory) WHERE r.place = d.id
                RETURN r.place + ' ' + r.name AS link ORDER BY link""")
                .bind(alliance).to("a").fetchAs(String.class).all());
        return found;
    }

    @Test
    void upserts_and_link_changes_keep_the_places_the_lists_read() {
        editor.document(ORGANISATION).execute().errors().verify();
        editor.document("""
                mutation { upsertAlliance(input: {id: "ed-places", name: "Alliance placée", mode: INNOVATION_SOCIETALE,
                    territories: ["commune:37261"], provenance: {source: "lerameau-2022-action"}}) { id } }""")
                .execute().errors().verify();
        assertThat(places("ed-asso", "ed-places")).containsExactly("departement:37 region:24 -",
                "departement:37 Alliance placée", "region:24 Alliance placée");

        // Moved into an EPCI across two départements: no single département, one région.
        editor.document("""
                mutation { upsertOrganisation(input: {id: "ed-asso", name: "Asso éditée", kind: ASSOCIATION,
                    territory: "epci:200030526", provenance: {source: "lerameau-2022-action"}}) { id } }""")
                .execute().errors().verify();
        editor.document("""
                mutation { upsertAlliance(input: {id: "ed-places", name: "Alliance déplacée", mode: INNOVATION_SOCIETALE,
                    territories: ["epci:200030526"], provenance: {source: "lerameau-2022-action"}}) { id } }""")
                .execute().errors().verify();
        assertThat(places("ed-asso", "ed-places")).containsExactly("- region:44 true",
                "departement:67 Alliance déplacée", "departement:68 Alliance déplacée", "region:44 Alliance déplacée");

        // A link added, then the EPCI removed: the links that follow the alliance's remaining territories.
        editor.document("""
                mutation { linkAlliance(input: {alliance: "ed-places", territories: ["commune:37261"]}) { id } }""")
                .execute().errors().verify();
        assertThat(places("ed-asso", "ed-places")).contains("departement:37 Alliance déplacée", "region:24 Alliance déplacée",
                "departement:68 Alliance déplacée");
        editor.document("""
                mutation { unlinkAlliance(input: {alliance: "ed-places", territories: ["epci:200030526"]}) { id } }""")
                .execute().errors().verify();
        assertThat(places("ed-asso", "ed-places")).containsExactly("- region:44 true",
                "departement:37 Alliance déplacée", "region:24 Alliance déplacée");
        // The lists read them.
        assertThat(anonymous.document("""
                { alliances(filter: {territory: "departement:68"}, first: 500) { nodes { id } } }""")
                .execute().path("alliances.nodes[*].id").entityList(String.class).get()).doesNotContain("ed-places");
        assertThat(anonymous.document("""
                { alliances(filter: {territory: "region:24"}, first: 500) { nodes { id } } }""")
                .execute().path("alliances.nodes[*].id").entityList(String.class).get()).contains("ed-places");
    }

    /** The alliance's contributions as "target mode name", as the mode-and-target lists read them (schema V006). */
    java.util.List<String> contributions(String alliance) {
        return java.util.List.copyOf(client.query("""
                MATCH (:Alliance {id: $a})-[r:CONTRIBUTES_TO]->(t:SdgTarget) WHERE r.target = t.code
                RETURN r.target + ' ' + r.mode + ' ' + r.name AS c ORDER BY c""").bind(alliance).to("a").fetchAs(String.class).all());
    }

    /** The alliances of the mode contributing to the target, whose total (the tally's degree, schema V007) must be counted right. */
    java.util.List<String> listed(String mode, String target) {
        var response = anonymous.document("""
                { alliances(filter: {modes: [%s], sdgTarget: "%s"}, first: 500) { totalCount nodes { id } } }""".formatted(mode, target))
                .execute();
        long expected = client.query("""
                MATCH (a:Alliance {mode: $mode})-[:CONTRIBUTES_TO]->(:SdgTarget {code: $target}) RETURN count(a)""")
                .bindAll(java.util.Map.of("mode", mode, "target", target)).fetchAs(Long.class).one().orElseThrow();
        assertThat(response.path("alliances.totalCount").entity(Long.class).get()).as("total of %s %s", mode, target).isEqualTo(expected);
        return response.path("alliances.nodes[*].id").entityList(String.class).get();
    }

    /** The alliance's TALLIED_IN links as "target mode". */
    java.util.List<String> tallies(String alliance) {
        return java.util.List.copyOf(client.query("""
                MATCH (:Alliance {id: $a})-[:TALLIED_IN]->(m:SdgTargetMode)
                RETURN m.target + ' ' + m.mode AS c ORDER BY c""").bind(alliance).to("a").fetchAs(String.class).all());
    }

    @Test
    void upserts_and_link_changes_keep_what_the_mode_and_target_lists_read() {
        String upsert = """
                mutation { upsertAlliance(input: {id: "ed-odd", name: "%s", mode: %s, sdgTargets: ["17.17"], sdgBasis: PURPOSE,
                    provenance: {source: "lerameau-2022-action"}}) { id } }""";
        editor.document(upsert.formatted("Alliance ODD", "MECENAT")).execute().errors().verify();
        assertThat(contributions("ed-odd")).containsExactly("17.17 MECENAT Alliance ODD");
        assertThat(listed("MECENAT", "17.17")).contains("ed-odd");
        assertThat(tallies("ed-odd")).containsExactly("17.17 MECENAT");
        // Another mode and name: every contribution follows.
        editor.document(upsert.formatted("Alliance ODD renommée", "INNOVATION_SOCIETALE")).execute().errors().verify();
        assertThat(contributions("ed-odd")).containsExactly("17.17 INNOVATION_SOCIETALE Alliance ODD renommée");
        assertThat(listed("MECENAT", "17.17")).doesNotContain("ed-odd");
        assertThat(listed("INNOVATION_SOCIETALE", "17.17")).contains("ed-odd");
        assertThat(tallies("ed-odd")).containsExactly("17.17 INNOVATION_SOCIETALE");
        // A target added by a link mutation carries them too, and goes with its removal.
        editor.document("""
                mutation { linkAlliance(input: {alliance: "ed-odd", sdgTargets: ["17.16"], sdgBasis: SOURCE}) { id } }""")
                .execute().errors().verify();
        assertThat(contributions("ed-odd")).containsExactly("17.16 INNOVATION_SOCIETALE Alliance ODD renommée",
                "17.17 INNOVATION_SOCIETALE Alliance ODD renommée");
        assertThat(listed("INNOVATION_SOCIETALE", "17.16")).contains("ed-odd");
        assertThat(tallies("ed-odd")).containsExactly("17.16 INNOVATION_SOCIETALE", "17.17 INNOVATION_SOCIETALE");
        editor.document("""
                mutation { unlinkAlliance(input: {alliance: "ed-odd", sdgTargets: ["17.16"]}) { id } }""")
                .execute().errors().verify();
        assertThat(listed("INNOVATION_SOCIETALE", "17.16")).doesNotContain("ed-odd");
        assertThat(tallies("ed-odd")).containsExactly("17.17 INNOVATION_SOCIETALE");
        // The same row again changes no link.
        editor.document(upsert.formatted("Alliance ODD renommée", "INNOVATION_SOCIETALE")).execute().errors().verify();
        assertThat(tallies("ed-odd")).containsExactly("17.17 INNOVATION_SOCIETALE");
    }

    @Test
    void a_bad_field_names_its_path_and_writes_nothing() {
        editor.document("""
                mutation { upsertOrganisation(input: {id: "ed-bad", name: "X", kind: ENTREPRISE, siren: "552100555",
                    provenance: {source: "lerameau-2022-action"}}) { id } }""").execute().errors().satisfy(errors -> {
                    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.get(0).getPath()).isEqualTo("upsertOrganisation");
                    assertThat(errors.get(0).getExtensions()).containsEntry("argument", "input.siren");
                    assertThat(errors.get(0).getMessage()).contains("check digit");
                });
        editor.document("""
                mutation { upsertAlliance(input: {id: "ed-bad", name: "X", mode: MECENAT, startDate: "2020-01-01",
                    endDate: "2019-01-01", provenance: {source: "lerameau-2022-action"}}) { id } }""").execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("argument", "input.endDate"));
        editor.document("""
                mutation { upsertAlliance(input: {id: "ed-bad", name: "X", mode: MECENAT, territories: ["commune:99999"],
                    provenance: {source: "lerameau-2022-action"}}) { id } }""").execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("commune:99999"));
        editor.document("""
                mutation { upsertAlliance(input: {id: "ed-bad", name: "X", mode: MECENAT, sdgTargets: ["17.17"],
                    provenance: {source: "lerameau-2022-action"}}) { id } }""").execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("argument", "input.sdgBasis"));
        editor.document("""
                mutation { upsertOrganisation(input: {id: "ed-bad", name: "X", kind: ENTREPRISE,
                    provenance: {source: "no-such-source"}}) { id } }""").execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("argument", "input.provenance.source"));
        editor.document("""
                mutation { upsertOrganisation(input: {id: "ed-bad", name: "X", kind: CLUB,
                    provenance: {source: "lerameau-2022-action"}}) { id } }""").execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("CLUB"));
        assertThat(count("MATCH (n) WHERE n.id = 'ed-bad' RETURN count(n)")).isZero();
        // The stored strings' rules, the importer's too: lengths, control characters, one-word ids.
        editor.document("""
                mutation { upsertOrganisation(input: {id: "ed-bad", name: "\\u0000", kind: ENTREPRISE,
                    provenance: {source: "lerameau-2022-action"}}) { id } }""").execute().errors().satisfy(errors -> {
                    assertThat(errors.get(0).getExtensions()).containsEntry("argument", "input.name");
                    assertThat(errors.get(0).getMessage())
                            .isEqualTo("'input.name' holds the control character U+0000 at position 1; remove it");
                });
        editor.document("mutation { upsertOrganisation(input: {id: \"ed-bad\", name: \"" + "N".repeat(600_000)
                + "\", kind: ENTREPRISE, provenance: {source: \"lerameau-2022-action\"}}) { id } }").execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("at most 500"));
        editor.document("""
                mutation { upsertAlliance(input: {id: "ed-bad", name: "X", mode: MECENAT,
                    provenance: {source: "lerameau-2022-action", quote: "ok\\n", page: "p\\u0007"}}) { id } }""").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("argument", "input.provenance.page"));
        editor.document("""
                mutation { upsertAlliance(input: {id: "ed bad", name: "X", mode: MECENAT,
                    provenance: {source: "lerameau-2022-action"}}) { id } }""").execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("one word"));
        assertThat(count("MATCH (n) WHERE n.id IN ['ed-bad', 'ed bad'] RETURN count(n)")).isZero();
    }
}

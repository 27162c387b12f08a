package org.alliancegraph.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.support.TesterConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * 16 writers at once on the same node or relationship: exactly one of it afterwards and no error
 * for anyone (deadlocks between them are retried, never answered INTERNAL_ERROR).
 */
@AllianceGraphTest
class ConcurrentEditsTest {

    static final int THREADS = 16;
    static final String[] ROLES = {"FINANCEUR", "PORTEUR", "EXPERT", "PAIR"};

    @LocalServerPort
    int port;
    @Autowired
    Neo4jClient client;

    @AfterEach
    void clean() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'cct-' DETACH DELETE n").run();
    }

    long count(String cypher) {
        return client.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    /** Runs the documents all at once (released together) and returns every error they got. */
    List<String> together(IntFunction<String> document) throws Exception {
        return together(THREADS, document);
    }

    List<String> together(int threads, IntFunction<String> document) {
        GraphQlTester editor = TesterConfiguration.http(port).header("X-API-Key", "test-editor-key").build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    List<String> errors = new ArrayList<>();
                    editor.document(document.apply(n)).execute().errors().satisfy(list -> list.stream()
                            .map(e -> e.getErrorType() + ": " + e.getMessage()).forEach(errors::add));
                    return errors;
                }));
            }
            start.countDown();
            List<String> errors = new ArrayList<>();
            for (Future<List<String>> answer : answers) {
                errors.addAll(answer.get());
            }
            return errors;
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sixteen_upserts_of_one_organisation_make_one_node() throws Exception {
        List<String> errors = together(n -> """
                mutation { upsertOrganisation(input: {id: "cct-asso", name: "Asso %d", kind: ASSOCIATION,
                    territory: "departement:37", provenance: {source: "lerameau-2022-action"}}) { id } }""".formatted(n));
        assertThat(errors).isEmpty();
        assertThat(count("MATCH (o:Organisation {id: 'cct-asso'}) RETURN count(o)")).isEqualTo(1);
        assertThat(count("MATCH (:Organisation {id: 'cct-asso'})-[r:LOCATED_IN]->() RETURN count(r)")).isEqualTo(1);
    }

    @Test
    void sixteen_writes_of_one_membership_make_one_relationship_and_no_error() throws Exception {
        together(n -> """
                mutation { upsertOrganisation(input: {id: "cct-ent", name: "Entreprise", kind: ENTREPRISE,
                    provenance: {source: "lerameau-2022-action"}}) { id } }""").forEach(e -> {
            throw new AssertionError(e);
        });
        assertThat(together(n -> """
                mutation { upsertAlliance(input: {id: "cct-all", name: "Alliance", mode: MECENAT,
                    provenance: {source: "lerameau-2022-action"}}) { id } }""")).isEmpty();
        List<String> errors = together(n -> """
                mutation { setMembership(input: {alliance: "cct-all", organisation: "cct-ent", role: %s,
                    since: "2020-0%d-01", provenance: {source: "lerameau-2022-action", quote: "écrit %d"}}) { role } }"""
                .formatted(ROLES[n % 4], 1 + n % 9, n));
        assertThat(errors).isEmpty();
        assertThat(count("MATCH (:Organisation {id: 'cct-ent'})-[r:PARTNER_IN]->(:Alliance {id: 'cct-all'}) RETURN count(r)"))
                .isEqualTo(4);
    }

    static String departement(int n) {
        return "departement:%02d".formatted(n + 1);
    }

    void createAlliance() {
        assertThat(together(1, n -> """
                mutation { upsertAlliance(input: {id: "cct-all", name: "Alliance", mode: MECENAT,
                    provenance: {source: "lerameau-2022-action"}}) { id } }""")).isEmpty();
    }

    long version() {
        return count("MATCH (a:Alliance {id: 'cct-all'}) RETURN a.version");
    }

    @Test
    void sixteen_link_additions_at_once_are_all_kept() throws Exception {
        createAlliance();
        long before = version();
        List<String> errors = together(n -> """
                mutation { linkAlliance(input: {alliance: "cct-all", territories: ["%s"]}) { id version } }"""
                .formatted(departement(n)));
        assertThat(errors).isEmpty();
        assertThat(count("MATCH (:Alliance {id: 'cct-all'})-[r:ACTS_IN]->() RETURN count(r)")).isEqualTo(THREADS);
        assertThat(version()).isEqualTo(before + THREADS);
        // Removing some leaves the others.
        assertThat(together(1, n -> """
                mutation { unlinkAlliance(input: {alliance: "cct-all", territories: ["departement:01", "departement:02"]}) {
                  territories { id } } }""")).isEmpty();
        assertThat(count("MATCH (:Alliance {id: 'cct-all'})-[r:ACTS_IN]->() RETURN count(r)")).isEqualTo(THREADS - 2);
    }

    @Test
    void sixteen_full_upserts_from_the_same_version_one_wins_the_others_are_told() throws Exception {
        createAlliance();
        long read = version();
        List<String> errors = together(n -> """
                mutation { upsertAlliance(input: {id: "cct-all", name: "Alliance", mode: MECENAT, territories: ["%s"],
                    expectedVersion: %d, provenance: {source: "lerameau-2022-action"}}) { id } }""".formatted(departement(n), read));
        assertThat(errors).hasSize(THREADS - 1).allSatisfy(e -> assertThat(e)
                .startsWith("CONFLICT: Alliance 'cct-all' is at version " + (read + 1) + ", not " + read)
                .contains("reload it"));
        assertThat(version()).isEqualTo(read + 1);
        assertThat(count("MATCH (:Alliance {id: 'cct-all'})-[r:ACTS_IN]->() RETURN count(r)")).isEqualTo(1);
        // Created only if absent: 0 is the version of what does not exist yet.
        assertThat(together(1, n -> """
                mutation { upsertOrganisation(input: {id: "cct-new", name: "Nouvelle", kind: ASSOCIATION, expectedVersion: 0,
                    provenance: {source: "lerameau-2022-action"}}) { version } }"""))
                .isEmpty();
        assertThat(together(1, n -> """
                mutation { upsertOrganisation(input: {id: "cct-new", name: "Encore", kind: ASSOCIATION, expectedVersion: 0,
                    provenance: {source: "lerameau-2022-action"}}) { version } }"""))
                .singleElement().asString().startsWith("CONFLICT: Organisation 'cct-new' is at version 1, not 0");
        assertThat(count("MATCH (o:Organisation {id: 'cct-new', name: 'Nouvelle'}) RETURN count(o)")).isEqualTo(1);
    }

    @Test
    void only_transient_errors_are_retried() {
        assertThat(TransientRetry.isTransient(new org.springframework.dao.TransientDataAccessResourceException("deadlock"))).isTrue();
        assertThat(TransientRetry.isTransient(new RuntimeException(new org.neo4j.driver.exceptions.TransientException("N", "m"))))
                .isTrue();
        assertThat(TransientRetry.isTransient(new org.alliancegraph.api.InvalidInputException("input.id", "bad"))).isFalse();
        int[] calls = {0};
        org.alliancegraph.api.InvalidInputException invalid = new org.alliancegraph.api.InvalidInputException("input.id", "bad");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TransientRetry.run(() -> {
            calls[0]++;
            throw invalid;
        })).isSameAs(invalid);
        assertThat(calls[0]).isEqualTo(1);
        calls[0] = 0;
        assertThat(TransientRetry.run(() -> {
            if (++calls[0] < 3) {
                throw new org.springframework.dao.TransientDataAccessResourceException("deadlock");
            }
            return "done";
        })).isEqualTo("done");
        assertThat(calls[0]).isEqualTo(3);
    }
}

package org.alliancegraph.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every mutation asked with every credential below its role is refused, and with its role it is let
 * through; API keys (hashed or in clear) and JWT bearer tokens the test signs itself give roles; bad
 * credentials are refused before anything runs.
 */
@AllianceGraphTest
class RolesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ISSUER = "https://issuer.alliance-graph.test";

    /** Each mutation of the schema: a document that passes GraphQL validation, and the role it needs. */
    static final Map<String, Map.Entry<Role, String>> MUTATIONS = new LinkedHashMap<>();

    static {
        MUTATIONS.put("upsertSource", Map.entry(Role.EDITOR, "upsertSource(input: {id: \"rl-x\", title: \"T\"}) { id }"));
        MUTATIONS.put("upsertOrganisation", Map.entry(Role.EDITOR, "upsertOrganisation(input: {id: \"rl-x\", name: \"X\", "
                + "kind: ASSOCIATION, provenance: {source: \"lerameau-2022-action\"}}) { id }"));
        MUTATIONS.put("upsertAlliance", Map.entry(Role.EDITOR, "upsertAlliance(input: {id: \"rl-x\", name: \"X\", mode: MECENAT, "
                + "provenance: {source: \"lerameau-2022-action\"}}) { id }"));
        MUTATIONS.put("setMembership", Map.entry(Role.EDITOR, "setMembership(input: {alliance: \"rl-none\", organisation: \"rl-none\", "
                + "role: PORTEUR, provenance: {source: \"lerameau-2022-action\"}}) { role }"));
        MUTATIONS.put("removeMembership", Map.entry(Role.ADMIN, "removeMembership(alliance: \"rl-none\", organisation: \"rl-none\", "
                + "role: PORTEUR)"));
        MUTATIONS.put("setAlliancePhase", Map.entry(Role.EDITOR, "setAlliancePhase(input: {alliance: \"rl-none\", phase: CONCEPTION, "
                + "since: \"2020-01-01\"}) { id }"));
        MUTATIONS.put("linkAlliance", Map.entry(Role.EDITOR, "linkAlliance(input: {alliance: \"rl-none\"}) { id }"));
        MUTATIONS.put("unlinkAlliance", Map.entry(Role.EDITOR, "unlinkAlliance(input: {alliance: \"rl-none\"}) { id }"));
        MUTATIONS.put("setAllianceFields", Map.entry(Role.EDITOR, "setAllianceFields(input: {alliance: \"rl-none\", name: \"X\", "
                + "mode: MECENAT, provenance: {source: \"lerameau-2022-action\"}}) { id }"));
        MUTATIONS.put("mergeOrganisations", Map.entry(Role.EDITOR, "mergeOrganisations(keep: \"rl-none\", merge: \"rl-none-2\") { id }"));
        MUTATIONS.put("deleteOrganisation", Map.entry(Role.ADMIN, "deleteOrganisation(id: \"rl-none\")"));
        MUTATIONS.put("createAccount", Map.entry(Role.ADMIN, "createAccount(input: {email: \"rl-x@example.org\", role: READER, "
                + "password: \"a long enough password\"}) { email }"));
        MUTATIONS.put("updateAccount", Map.entry(Role.ADMIN, "updateAccount(input: {email: \"rl-none@example.org\"}) { email }"));
    }

    record Credential(String name, Role role, String header, String value) {
    }

    @LocalServerPort
    int port;
    @Autowired
    GraphQlSource graphQl;
    @Autowired
    Neo4jClient client;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void clean() {
        client.query("MATCH (n) WHERE n.id STARTS WITH 'rl-' OR n.email STARTS WITH 'rl-' DETACH DELETE n").run();
    }

    static String token(Role role, String issuer, Instant expires, RSAPrivateKey key) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("someone").issuer(issuer).issueTime(new Date())
                .expirationTime(Date.from(expires)).claim("roles", List.of(role.name().toLowerCase())).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static RSAPrivateKey issuerKey() throws Exception {
        String pem = Files.readString(Path.of(RolesTest.class.getResource("/jwt/test-issuer.pk8.pem").toURI()));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    List<Credential> credentials() throws Exception {
        RSAPrivateKey key = issuerKey();
        Instant later = Instant.now().plusSeconds(600);
        List<Credential> all = new ArrayList<>();
        all.add(new Credential("anonymous", null, null, null));
        all.add(new Credential("reader key (hashed)", Role.READER, "X-API-Key", "test-reader-key"));
        all.add(new Credential("editor key (in clear)", Role.EDITOR, "X-API-Key", "test-editor-key"));
        all.add(new Credential("admin key (hashed)", Role.ADMIN, "X-API-Key", "test-admin-key"));
        for (Role role : Role.values()) {
            all.add(new Credential(role + " token", role, "Authorization", "Bearer " + token(role, ISSUER, later, key)));
        }
        return all;
    }

    HttpResponse<String> post(String path, String body, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (header != null) {
            request.header(header, value);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode mutation(String field, Credential credential) throws Exception {
        String document = "mutation { " + field + " }";
        HttpResponse<String> answer = post("/graphql", JSON.writeValueAsString(Map.of("query", document)),
                credential.header(), credential.value());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    @Test
    void every_mutation_refuses_every_role_below_its_own_and_admits_its_own() throws Exception {
        // Every mutation of the schema is in the table: a new one cannot slip through unchecked.
        assertThat(graphQl.schema().getMutationType().getFieldDefinitions()).extracting(f -> f.getName())
                .containsExactlyInAnyOrderElementsOf(MUTATIONS.keySet());
        for (var mutation : MUTATIONS.entrySet()) {
            Role needed = mutation.getValue().getKey();
            for (Credential credential : credentials()) {
                JsonNode answer = mutation(mutation.getValue().getValue(), credential);
                String classification = answer.path("errors").path(0).path("extensions").path("classification").asString("");
                String message = answer.path("errors").path(0).path("message").asString("");
                boolean allowed = credential.role() != null && credential.role().compareTo(needed) >= 0;
                if (allowed) {
                    assertThat(classification).as(mutation.getKey() + " with " + credential.name() + ": " + answer)
                            .isNotIn("UNAUTHORIZED", "FORBIDDEN");
                } else {
                    assertThat(classification).as(mutation.getKey() + " with " + credential.name() + ": " + answer)
                            .isEqualTo(credential.role() == null ? "UNAUTHORIZED" : "FORBIDDEN");
                    assertThat(message).contains(needed.name());
                }
            }
            client.query("MATCH (n) WHERE n.id STARTS WITH 'rl-' OR n.email STARTS WITH 'rl-' DETACH DELETE n").run();
        }
    }

    @Test
    void bad_credentials_are_refused_before_anything_runs() throws Exception {
        String read = JSON.writeValueAsString(Map.of("query", "{ territory(id: \"departement:48\") { name } }"));
        assertThat(post("/graphql", read, null, null).body()).contains("Lozère");
        RSAPrivateKey key = issuerKey();
        var other = KeyPairGenerator.getInstance("RSA");
        other.initialize(2048);
        RSAPrivateKey stranger = (RSAPrivateKey) other.generateKeyPair().getPrivate();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("X-API-Key", "not-a-key");
        bad.put("Authorization", "Bearer " + token(Role.ADMIN, "https://elsewhere.example", Instant.now().plusSeconds(600), key));
        for (var credential : bad.entrySet()) {
            HttpResponse<String> answer = post("/graphql", read, credential.getKey(), credential.getValue());
            assertThat(answer.statusCode()).as(credential.getKey()).isEqualTo(401);
            assertThat(answer.body()).contains("\"classification\":\"UNAUTHORIZED\"").doesNotContain("Exception");
        }
        for (String token : List.of(token(Role.ADMIN, ISSUER, Instant.now().minusSeconds(120), key),
                token(Role.ADMIN, ISSUER, Instant.now().plusSeconds(600), stranger))) {
            assertThat(post("/graphql", read, "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void imports_through_the_service_need_the_admin_role() throws Exception {
        for (Credential credential : credentials()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/imports"));
            if (credential.header() != null) {
                request.header(credential.header(), credential.value());
            }
            int status = http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            assertThat(status).as(credential.name())
                    .isEqualTo(credential.role() == Role.ADMIN ? 200 : credential.role() == null ? 401 : 403);
        }
    }

    @Test
    void a_key_is_made_with_its_hash_and_only_the_hash_is_configured() {
        String key = ApiKeys.newKey(Role.EDITOR);
        assertThat(key).startsWith("ag_editor_").hasSizeGreaterThan(40);
        assertThat(ApiKeys.hash(key)).startsWith("sha256:").hasSize(7 + 64).doesNotContain(key);
        var keys = new ApiKeys(new SecurityProperties(List.of(), List.of(ApiKeys.hash(key)), List.of(), List.of(),
                SecurityProperties.Reads.PUBLIC, "roles", null));
        assertThat(keys.roleOf(key)).isEqualTo(Role.EDITOR);
        assertThat(keys.roleOf(key + "x")).isNull();
    }
}

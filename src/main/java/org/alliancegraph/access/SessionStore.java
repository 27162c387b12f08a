package org.alliancegraph.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.graph.CypherText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Signed-in sessions as nodes, so that every instance of the service knows them: the cookie holds a
 * random token, the database only its SHA-256 (reading the database gives no way in). A session ends
 * at sign-out, after {@code server.servlet.session.timeout} unused, or with its account.
 */
@Component
class SessionStore {

    private static final String FIND = CypherText.read("session/find.cypher");
    private static final String CREATE = CypherText.read("session/create.cypher");
    private static final String DELETE = CypherText.read("session/delete.cypher");
    private static final String EXPIRED = CypherText.read("session/expired.cypher");

    private final SecureRandom random = new SecureRandom();
    private final Neo4jClient client;
    private final String idle;
    private final String lockout;

    SessionStore(Neo4jClient client, @Value("${server.servlet.session.timeout:8h}") Duration idle, AccountProperties accounts) {
        this.client = client;
        this.idle = idle.toString();
        this.lockout = accounts.lockout().toString();
    }

    /** A new session for this account (the one the request came with, if any, ends); returns the cookie's token. */
    String create(String email, String previousToken) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Map<String, Object> p = new HashMap<>();
        p.put("key", key(token));
        p.put("previous", previousToken == null ? null : key(previousToken));
        p.put("email", email);
        p.put("idle", idle);
        client.query(CREATE).bindAll(p).run();
        // Each sign-in also clears what has expired: no scheduler, and the work stays small.
        client.query(EXPIRED).bind(lockout).to("lockout").run();
        return token;
    }

    /** The account of a live session, as it is now; empty when the token names none (or its account is disabled or gone). */
    Optional<SignedIn> find(String token) {
        return client.query(FIND).bindAll(Map.of("key", key(token), "idle", idle)).fetch().one()
                .map(row -> new SignedIn((String) row.get("email"), Role.parse((String) row.get("role")),
                        new Scope(strings(row.get("programmes")), strings(row.get("territories")))));
    }

    void delete(String token) {
        client.query(DELETE).bind(key(token)).to("key").run();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    static String key(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

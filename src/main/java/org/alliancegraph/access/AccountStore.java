package org.alliancegraph.access;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.graph.CypherText;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The accounts' nodes: one statement per operation, from {@code cypher/account/}. */
@Component
class AccountStore {

    private static final String FIND = CypherText.read("account/find.cypher");
    private static final String LIST = CypherText.read("account/list.cypher");
    private static final String CREATE = CypherText.read("account/create.cypher");
    private static final String UPDATE = CypherText.read("account/update.cypher");
    private static final String UNKNOWN_PLACES = CypherText.read("account/unknown-places.cypher");

    /** An account with its password hash: only signing in reads it. */
    record Stored(Account account, String passwordHash) {
    }

    /** What to change of an account; null fields stay as they are. */
    record Changes(String name, Role role, List<String> programmes, List<String> territories, Boolean disabled,
            String passwordHash) {
    }

    private final Neo4jClient client;

    AccountStore(Neo4jClient client) {
        this.client = client;
    }

    Optional<Stored> find(String email) {
        return client.query(FIND).bind(email).to("email").fetch().one().map(AccountStore::stored);
    }

    List<Account> list() {
        return client.query(LIST).fetch().all().stream().map(row -> stored(row).account()).toList();
    }

    /** True when created, false when an account with this address existed (it is left as it was). */
    boolean create(Account account, String passwordHash, String by) {
        Map<String, Object> p = new HashMap<>();
        p.put("email", account.email());
        p.put("name", account.name());
        p.put("role", account.role().name());
        p.put("passwordHash", passwordHash);
        p.put("programmes", account.programmes());
        p.put("territories", account.territories());
        p.put("by", by);
        return client.query(CREATE).bindAll(p).fetchAs(Boolean.class).one().orElse(false);
    }

    boolean update(String email, Changes changes, String by) {
        Map<String, Object> p = new HashMap<>();
        p.put("email", email);
        p.put("name", changes.name());
        p.put("role", changes.role() == null ? null : changes.role().name());
        p.put("programmes", changes.programmes());
        p.put("territories", changes.territories());
        p.put("disabled", changes.disabled());
        p.put("passwordHash", changes.passwordHash());
        p.put("by", by);
        return client.query(UPDATE).bindAll(p).fetchAs(Long.class).one().orElse(0L) > 0;
    }

    /** The programmes and territories of the lists that do not exist, by kind. */
    Map<String, List<String>> unknown(List<String> programmes, List<String> territories) {
        Map<String, Object> row = client.query(UNKNOWN_PLACES).bindAll(Map.of("programmes", programmes, "territories", territories))
                .fetch().one().orElseThrow();
        return Map.of("programmes", strings(row.get("programmes")), "territories", strings(row.get("territories")));
    }

    private static Stored stored(Map<String, Object> row) {
        Account account = new Account((String) row.get("email"), (String) row.get("name"), Role.parse((String) row.get("role")),
                strings(row.get("programmes")), strings(row.get("territories")), Boolean.TRUE.equals(row.get("disabled")),
                (ZonedDateTime) row.get("createdAt"), (String) row.get("createdBy"), (ZonedDateTime) row.get("changedAt"),
                (String) row.get("changedBy"));
        return new Stored(account, (String) row.get("passwordHash"));
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}

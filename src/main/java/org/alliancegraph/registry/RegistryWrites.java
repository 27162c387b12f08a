package org.alliancegraph.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.graph.BulkTransactions;
import org.alliancegraph.graph.CypherText;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every registry import writes the same way: the registry file as a Source (complete only once
 * every batch is written), and a batch of rows, one transaction each, counting what was written and
 * created; and how a report lists the rows it refused.
 */
@Component
class RegistryWrites {

    private static final String SOURCE = CypherText.read("registry/registry-source.cypher");

    private final Neo4jClient client;
    private final TransactionTemplate transactions;

    RegistryWrites(Neo4jClient client, TransactionTemplate transactions) {
        this.client = client;
        this.transactions = BulkTransactions.of(transactions);
    }

    void source(Map<String, Object> source, boolean complete, long rows) {
        Map<String, Object> p = new HashMap<>(source);
        p.put("complete", complete);
        p.put("rows", rows);
        transactions.executeWithoutResult(tx -> client.query(SOURCE).bindAll(p).run());
    }

    /** One batch through a statement returning {@code written} and {@code created}: those two counts. */
    long[] batch(String statement, List<Map<String, Object>> rows, String source) {
        List<Map<String, Object>> copy = List.copyOf(rows);
        return transactions.execute(tx -> client.query(statement).bindAll(Map.of("rows", copy, "source", source)).fetch().one()
                .map(r -> new long[] {((Number) r.get("written")).longValue(), ((Number) r.get("created")).longValue()})
                .orElse(new long[] {0, 0}));
    }

    /** One batch through a statement returning a count. */
    long count(String statement, List<Map<String, Object>> rows) {
        List<Map<String, Object>> copy = List.copyOf(rows);
        return transactions.execute(tx -> client.query(statement).bind(copy).to("rows").fetchAs(Long.class).one().orElse(0L));
    }

    /** The refused rows a report lists (the first ones kept), and how many more there were. */
    static void problems(StringBuilder b, List<String> problems, long rejected) {
        problems.forEach(p -> b.append("  ").append(p).append('\n'));
        if (rejected > problems.size()) {
            b.append("  ... and ").append(rejected - problems.size()).append(" more\n");
        }
    }
}

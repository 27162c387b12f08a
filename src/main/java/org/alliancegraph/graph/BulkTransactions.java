package org.alliancegraph.graph;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions for batches of thousands of rows (imports, reference data): they may run longer
 * than a request's transaction timeout ({@code spring.transaction.default-timeout}, 25 s), so they
 * ask for their own, which also overrides the embedded database's {@code db.transaction.timeout}.
 */
public final class BulkTransactions {

    public static final int TIMEOUT_SECONDS = 600;

    private BulkTransactions() {
    }

    /** A template on the same transaction manager, with the bulk timeout. */
    public static TransactionTemplate of(TransactionTemplate requests) {
        TransactionTemplate bulk = new TransactionTemplate(requests.getTransactionManager());
        bulk.setTimeout(TIMEOUT_SECONDS);
        return bulk;
    }
}

package org.alliancegraph.neo4j;

import java.time.Duration;
import java.util.Set;

import org.alliancegraph.graph.Reads;
import org.neo4j.driver.Driver;
import org.neo4j.driver.NotificationClassification;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The two clients and the transaction manager, sharing one bookmark manager: Boot's defaults give
 * the client and the transaction manager a bookmark manager each, so a read outside a transaction
 * would not wait for the last write on a cluster. The {@link Reads} client answers the GraphQL
 * reads as READ auto-commit statements; the primary client and the transaction manager (with Boot's
 * customisers: {@code spring.transaction.default-timeout}) serve the writes, as Boot would.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jClientConfiguration {

    /**
     * The server does not send "unrecognized" notifications (a property, label or relationship type
     * that no node has yet, such as an optional {@code until} nowhere set): the statements ask for
     * optional properties on purpose, and Spring Data Neo4j logged each one with its whole statement
     * on every request. Other notifications (performance, deprecation) still reach the log.
     */
    @Bean
    ConfigBuilderCustomizer quietNotifications() {
        return config -> config.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
    }

    @Bean
    Neo4jBookmarkManager neo4jBookmarkManager() {
        return Neo4jBookmarkManager.create();
    }

    @Bean
    @Primary
    Neo4jClient neo4jClient(Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks) {
        return Neo4jClient.with(driver).withDatabaseSelectionProvider(databases).withNeo4jBookmarkManager(bookmarks).build();
    }

    @Bean
    @Reads
    Neo4jClient readNeo4jClient(Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks,
            Neo4jTransactionManager transactions) {
        // The same limit as a transaction's: the manager's default, as Boot's customisers set it.
        int seconds = transactions.getDefaultTimeout();
        Duration timeout = seconds == TransactionDefinition.TIMEOUT_DEFAULT ? null : Duration.ofSeconds(seconds);
        return Neo4jClient.with(ReadOnlyDriver.of(driver, timeout)).withDatabaseSelectionProvider(databases)
                .withNeo4jBookmarkManager(bookmarks).build();
    }

    @Bean
    Neo4jTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases,
            Neo4jBookmarkManager bookmarks, ObjectProvider<TransactionManagerCustomizers> customizers) {
        Neo4jTransactionManager manager = Neo4jTransactionManager.with(driver).withDatabaseSelectionProvider(databases)
                .withBookmarkManager(bookmarks).build();
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}

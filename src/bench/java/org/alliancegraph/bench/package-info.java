/**
 * The benchmark of the scale issue, kept out of the service and of the test suite: a load driver
 * that measures the same questions three ways on one database (alliance-graph over HTTP GraphQL;
 * the same Cypher statements sent directly through the Java driver, the floor; and a naive answer
 * built by Spring Data Neo4j entity loading with one repository call per field, the baseline) and a
 * 32-client throughput run. Run with {@code mvn -Pbench verify -Dbench.size=S|M|L}.
 */
package org.alliancegraph.bench;

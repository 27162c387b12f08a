/**
 * Where the graph lives: the embedded Neo4j started when no server is configured, the schema
 * migrations applied at start-up to whichever database the driver points at, and the clients over
 * the driver (the {@code @Reads} client's READ sessions, the transaction manager, their shared
 * bookmarks).
 */
package org.alliancegraph.neo4j;

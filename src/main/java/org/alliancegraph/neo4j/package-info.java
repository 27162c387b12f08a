/**
 * Where the graph lives: the embedded Neo4j started when no server is configured, and the schema
 * migrations applied at start-up to whichever database the driver points at.
 */
package org.alliancegraph.neo4j;

package org.alliancegraph.graph;

/**
 * Where the graph stands: a number that changes whenever a write becomes visible to readers, by
 * whichever client made it. Only the embedded database can tell (the id of its last closed
 * transaction); with a database server there is no such bean.
 */
@FunctionalInterface
public interface GraphVersion {

    long current();
}

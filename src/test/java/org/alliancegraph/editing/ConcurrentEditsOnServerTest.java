package org.alliancegraph.editing;

import org.alliancegraph.support.OnServerProcess;

/** {@link ConcurrentEditsTest} against a Neo4j server in another JVM, reached by URI with authentication: locks, versions and retried transient errors over a real network connection. */
@OnServerProcess
class ConcurrentEditsOnServerTest extends ConcurrentEditsTest {
}

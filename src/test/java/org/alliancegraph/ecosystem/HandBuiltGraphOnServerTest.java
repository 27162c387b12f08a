package org.alliancegraph.ecosystem;

import org.alliancegraph.support.OnServerProcess;

/** {@link HandBuiltGraphTest} against a Neo4j server in another JVM, reached by URI with authentication: the ecosystem facts on a graph built by hand. */
@OnServerProcess
class HandBuiltGraphOnServerTest extends HandBuiltGraphTest {
}

package org.alliancegraph.api;

import org.alliancegraph.support.OnServerProcess;

/** {@link GraphQlApiTest} against a Neo4j server in another JVM, reached by URI with authentication: the reads and their errors. */
@OnServerProcess
class GraphQlApiOnServerTest extends GraphQlApiTest {
}

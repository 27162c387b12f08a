package org.alliancegraph.editing;

import org.alliancegraph.support.OnServerProcess;

/** {@link EditingTest} against a Neo4j server in another JVM, reached by URI with authentication: the mutations, their roles and their transactions. */
@OnServerProcess
class EditingOnServerTest extends EditingTest {
}

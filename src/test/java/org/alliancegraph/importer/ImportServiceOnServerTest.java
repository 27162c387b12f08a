package org.alliancegraph.importer;

import org.alliancegraph.support.OnServerProcess;

/** {@link ImportServiceTest} against a Neo4j server in another JVM, reached by URI with authentication: the importer's batches, modes and idempotence. */
@OnServerProcess
class ImportServiceOnServerTest extends ImportServiceTest {
}

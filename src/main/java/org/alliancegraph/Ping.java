package org.alliancegraph;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
@Controller
class Ping {
  private final Neo4jClient client;
  Ping(Neo4jClient c) { client = c; }
  @QueryMapping String ping() { return client.query("RETURN 'pong' AS p").fetchAs(String.class).one().orElseThrow(); }
}

// The organisations of a bipartite export: identity, the territory they are located in (its
// département and région are looked up by the service) and their sources with quotes. Their degree
// and first date come from the alliances' rows, read before.
UNWIND $actorIds AS oid
MATCH (o:Organisation {id: oid})
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.acronym AS acronym, o.siren AS siren,
       [(o)-[:LOCATED_IN]->(t) | t.id][0] AS territoryId,
       [(o)-[x:SOURCED_FROM]->(s) | [s.id, x.quote, x.page]] AS sources

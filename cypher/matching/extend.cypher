// What the reconciliation service's data extension and preview give of organisations, by id: the
// node, the territory the graph places it in, and the alliances it takes part in (names, in order).
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
OPTIONAL MATCH (o)-[:LOCATED_IN]->(t:Territory)
WITH o, head(collect(t)) AS t
RETURN o {.*} AS o, t.id AS territory, t.name AS territoryName,
       COLLECT { MATCH (o)-[:PARTNER_IN]->(a:Alliance) RETURN DISTINCT a.name AS name ORDER BY name } AS alliances

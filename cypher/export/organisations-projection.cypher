// The organisations of a co-partnership projection: as organisations.cypher, with their degree
// (distinct co-partners among the kept organisations, through kept alliances) and the earliest start
// of those alliances.
UNWIND $actorIds AS oid
MATCH (o:Organisation {id: oid})
CALL (o) {
  OPTIONAL MATCH (o)-[:PARTNER_IN]->(a:Alliance)<-[:PARTNER_IN]-(p:Organisation)
  WHERE p <> o AND a.id IN $allianceIds AND p.id IN $actorIds
  RETURN count(DISTINCT p) AS partners, min(a.startDate) AS first
}
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.acronym AS acronym, o.siren AS siren,
       [(o)-[:LOCATED_IN]->(t) | t.id][0] AS territoryId, partners, first,
       [(o)-[x:SOURCED_FROM]->(s) | [s.id, x.quote, x.page]] AS sources

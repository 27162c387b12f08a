// The organisations of an export: identity, location with its département and région (the
// administrative tree, not through an EPCI, which may span départements), degree in the export's
// shape, the earliest date it is known in one of the kept alliances, and its sources with quotes.
UNWIND $actorIds AS oid
MATCH (o:Organisation {id: oid})
OPTIONAL MATCH (o)-[:LOCATED_IN]->(t:Territory)
CALL (o) {
  OPTIONAL MATCH (o)-[r:PARTNER_IN]->(a:Alliance)
  WHERE a.id IN $allianceIds
  RETURN count(r) AS memberships, min(coalesce(r.since, a.startDate)) AS first
}
CALL (o) {
  WITH o WHERE $projection
  MATCH (o)-[:PARTNER_IN]->(a:Alliance)<-[:PARTNER_IN]-(p:Organisation)
  WHERE p <> o AND a.id IN $allianceIds AND ($allActors OR p.id IN $actorIds)
  RETURN count(DISTINCT p) AS partners
}
CALL (t) {
  OPTIONAL MATCH path = (t)-[:PART_OF*0..3]->(up:Territory)
  WHERE up.level IN ['DEPARTEMENT', 'REGION'] AND all(n IN nodes(path)[1..-1] WHERE n.level <> 'EPCI')
  RETURN collect(DISTINCT CASE up.level WHEN 'DEPARTEMENT' THEN up.name END) AS departements,
         collect(DISTINCT CASE up.level WHEN 'REGION' THEN up.name END) AS regions
}
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.acronym AS acronym, o.siren AS siren,
       t.id AS territoryId, t.name AS territoryName, departements, regions, memberships, partners, first,
       [(o)-[x:SOURCED_FROM]->(s:Source) | [s.id, x.quote, x.page]] AS sources

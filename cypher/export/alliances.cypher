// The alliances of a bipartite export: mode, phase, status, dates, the territories they act in
// with their départements and régions, SDG targets, programmes, degree (kept members) and sources.
UNWIND $allianceIds AS aid
MATCH (a:Alliance {id: aid})
CALL (a) {
  OPTIONAL MATCH (a)-[:ACTS_IN]->(t:Territory)
  OPTIONAL MATCH path = (t)-[:PART_OF*0..3]->(up:Territory)
  WHERE up.level IN ['DEPARTEMENT', 'REGION'] AND all(n IN nodes(path)[1..-1] WHERE n.level <> 'EPCI')
  RETURN collect(DISTINCT [t.id, t.name]) AS territories,
         collect(DISTINCT CASE up.level WHEN 'DEPARTEMENT' THEN up.name END) AS departements,
         collect(DISTINCT CASE up.level WHEN 'REGION' THEN up.name END) AS regions
}
RETURN a.id AS id, a.name AS name, a.mode AS mode, a.currentPhase AS phase, a.status AS status,
       a.startDate AS startDate, a.endDate AS endDate, territories, departements, regions,
       [(a)-[:CONTRIBUTES_TO]->(s:SdgTarget) | s.code] AS targets,
       [(a)-[:IN_PROGRAMME]->(p:Programme) | p.id] AS programmes,
       COUNT { MATCH (a)<-[:PARTNER_IN]-(o:Organisation) WHERE $allActors OR o.id IN $actorIds } AS degree,
       [(a)-[x:SOURCED_FROM]->(s:Source) | [s.id, x.quote, x.page]] AS sources

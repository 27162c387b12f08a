// Every alliance as a row of alliances.csv (the import format), with its links joined.
// Used by FolderExport.ALLIANCES.
MATCH (a:Alliance)
CALL (a) { OPTIONAL MATCH (a)-[:ACTS_IN]->(t:Territory) WITH t ORDER BY t.id RETURN collect(t.id) AS territories }
CALL (a) { OPTIONAL MATCH (a)-[r:CONTRIBUTES_TO]->(t:SdgTarget) WITH r, t ORDER BY t.code
           RETURN collect(CASE WHEN t IS NOT NULL THEN {target: t.code, basis: r.basis, note: r.note} END) AS targets }
CALL (a) { OPTIONAL MATCH (a)-[:ADDRESSES]->(d:FragilityDomain) WITH d ORDER BY d.code RETURN collect(d.code) AS fragility }
CALL (a) { OPTIONAL MATCH (a)-[:AIMS_AT]->(i:ImpactType) WITH i ORDER BY i.code RETURN collect(i.code) AS impacts }
CALL (a) { OPTIONAL MATCH (a)-[:IN_PROGRAMME]->(p:Programme) WITH p ORDER BY p.id RETURN collect(p.id) AS programmes }
CALL (a) { OPTIONAL MATCH (a)-[r:AT_PHASE]->(p:InnovationPhase) WHERE r.since IS NULL
           RETURN p.code AS undatedPhase LIMIT 1 }
CALL (a) { OPTIONAL MATCH (a)-[x:SOURCED_FROM]->(s:Source) WITH x, s ORDER BY s.id
           RETURN collect(CASE WHEN s IS NOT NULL THEN {source: s.id, quote: x.quote, page: x.page} END) AS sources }
RETURN a.id AS id, a.name AS name, a.mode AS mode, a.status AS status, undatedPhase,
       a.startDate AS start_date, a.endDate AS end_date, a.objectives AS objectives, territories, targets,
       fragility, impacts, programmes, a.inferred AS inferred, sources
ORDER BY id

// The alliances an upload names by id, as they are now, in the import format's columns; each SDG
// contribution with its own basis and note (kept as they are when the sheet does not give targets).
UNWIND $ids AS id
MATCH (a:Alliance {id: id})
RETURN a.id AS id, a.name AS name, a.mode AS mode, a.status AS status, toString(a.startDate) AS start_date,
       toString(a.endDate) AS end_date, a.objectives AS objectives,
       [(a)-[:ACTS_IN]->(t:Territory) | t.id] AS territories,
       [(a)-[c:CONTRIBUTES_TO]->(s:SdgTarget) | {target: s.code, basis: c.basis, note: c.note}] AS contributions,
       [(a)-[:ADDRESSES]->(d:FragilityDomain) | d.code] AS fragility_domains,
       [(a)-[:AIMS_AT]->(i:ImpactType) | i.code] AS impacts,
       [(a)-[:IN_PROGRAMME]->(p:Programme) | p.id] AS programmes

// The alliances of an export: mode, phase, status, dates, the territories they act in (their names,
// départements and régions are looked up by the service), SDG targets, programmes, sources, and
// each kept member with the date it is known from, from which the service counts the organisations'
// degrees and first dates without walking their memberships again.
UNWIND $allianceIds AS aid
MATCH (a:Alliance {id: aid})
RETURN a.id AS id, a.name AS name, a.mode AS mode, a.currentPhase AS phase, a.status AS status,
       a.startDate AS startDate, a.endDate AS endDate,
       [(a)-[:ACTS_IN]->(t) | t.id] AS territories,
       [(a)-[:CONTRIBUTES_TO]->(s) | s.code] AS targets,
       [(a)-[:IN_PROGRAMME]->(p) | p.id] AS programmes,
       [(a)<-[r:PARTNER_IN]-(o) WHERE o.id IN $actorIds | [o.id, coalesce(r.since, a.startDate)]] AS members,
       [(a)-[x:SOURCED_FROM]->(s) | [s.id, x.quote, x.page]] AS sources

// Dated phases ($rows) written or updated on (alliance, phase): an alliance goes through a phase once.
// Used by GraphWrites.WRITE_PHASES.
UNWIND $rows AS row
MATCH (a:Alliance {id: row.alliance})
MATCH (p:InnovationPhase {code: row.phase})
MERGE (a)-[r:AT_PHASE]->(p)
SET r.since = row.since, r.until = row.until, r.source = row.source, r.quote = row.quote, r.page = row.page

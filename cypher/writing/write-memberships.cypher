// Memberships ($rows) written or updated on their natural key (alliance, organisation, role).
// Used by GraphWrites.WRITE_MEMBERSHIPS.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisation})
MATCH (a:Alliance {id: row.alliance})
SET o.lockedForWrite = true REMOVE o.lockedForWrite
WITH o, a, row
CALL (o, a, row) {
  WITH * WHERE NOT EXISTS { (o)-[:PARTNER_IN {role: row.role}]->(a) }
  CREATE (o)-[:PARTNER_IN {role: row.role}]->(a)
}
MATCH (o)-[r:PARTNER_IN {role: row.role}]->(a)
SET o:Allied, r.since = row.since, r.until = row.until, r.source = row.source, r.quote = row.quote,
    r.page = row.page, r.inferred = row.inferred, r.speaker = row.speaker

// For alliances created by the same import: the importer rejects a repeated (alliance, organisation, role).
// Used by GraphWrites.CREATE_MEMBERSHIPS.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisation})
MATCH (a:Alliance {id: row.alliance})
CREATE (o)-[r:PARTNER_IN {role: row.role}]->(a)
SET o:Allied, r.since = row.since, r.until = row.until, r.source = row.source, r.quote = row.quote,
    r.page = row.page, r.inferred = row.inferred, r.speaker = row.speaker

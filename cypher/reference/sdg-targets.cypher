// The SDG targets ($targets), written or updated by code, each part of its goal.
// Used by ReferenceDataLoader.loadSdg.
UNWIND $targets AS t
MATCH (g:SdgGoal {code: t.goal})
MERGE (n:SdgTarget {code: t.code})
SET n.titleFr = t.titleFr, n.titleEn = t.titleEn, n.uri = t.uri, n.rank = t.rank
MERGE (n)-[:PART_OF]->(g)

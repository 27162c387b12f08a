// The 17 SDG goals ($goals), written or updated by code.
// Used by ReferenceDataLoader.loadSdg.
UNWIND $goals AS g
MERGE (n:SdgGoal {code: g.code})
SET n.number = g.number, n.titleFr = g.titleFr, n.titleEn = g.titleEn,
    n.shortFr = g.shortFr, n.shortEn = g.shortEn, n.uri = g.uri

// Each alliance's dated phases ($ids), oldest first, with the source of each.
// Used by AllianceQueries.phaseHistory.
UNWIND $ids AS key
MATCH (:Alliance {id: key})-[r:AT_PHASE]->(p:InnovationPhase)
OPTIONAL MATCH (s:Source {id: r.source})
RETURN key, p.code AS phase, r {.*} AS r, s {.*} AS s
ORDER BY r.since, p.rank

// Closes each phase at the start of the next one and records the current phase on the alliance.
// Used by GraphWrites.CLOSE_PHASES.
UNWIND $ids AS id
MATCH (a:Alliance {id: id})-[r:AT_PHASE]->(p:InnovationPhase)
WITH a, r, p ORDER BY r.since, p.rank
WITH a, collect(r) AS steps, collect(p.code) AS codes
SET a.currentPhase = codes[-1]
WITH steps WHERE size(steps) > 1
UNWIND range(0, size(steps) - 2) AS i
WITH steps[i] AS current, steps[i + 1] AS next
SET current.until = coalesce(current.until, next.since)

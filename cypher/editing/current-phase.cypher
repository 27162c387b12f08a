// An alliance's current phase and since when ($id): the latest dated step.
// Used by EditingService.setPhase.
MATCH (:Alliance {id: $id})-[r:AT_PHASE]->(p:InnovationPhase)
RETURN p.code AS phase, r.since AS since ORDER BY r.since DESC, p.rank DESC LIMIT 1

// Counts of each kind of node and of memberships, from the count store (constant time).
// Used by SearchController.graphStats.
RETURN COUNT { (:Organisation) } AS organisations, COUNT { (:Alliance) } AS alliances,
       COUNT { ()-[:PARTNER_IN]->() } AS memberships, COUNT { (:Programme) } AS programmes,
       COUNT { (:Territory) } AS territories, COUNT { (:SdgGoal) } AS sdgGoals,
       COUNT { (:SdgTarget) } AS sdgTargets, COUNT { (:Source) } AS sources

// The targets of each SDG goal of $codes, in their official order.
// Used by SdgQueries.targetsOfGoals.
UNWIND $codes AS key
MATCH (t:SdgTarget)-[:PART_OF]->(:SdgGoal {code: key})
RETURN key, t {.*} AS t
ORDER BY t.rank

// The SDG goals of $codes.
// Used by SdgQueries.goals.
UNWIND $codes AS key
MATCH (g:SdgGoal {code: key})
RETURN key, g {.*} AS g

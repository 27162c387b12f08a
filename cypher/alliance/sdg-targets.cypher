// The SDG targets each alliance of $ids contributes to, with the contribution's basis, by code.
// Used by AllianceQueries.sdgTargets.
UNWIND $ids AS key
MATCH (a:Alliance {id: key})-[c:CONTRIBUTES_TO]->(t:SdgTarget)
RETURN key, a {.*} AS a, t {.*} AS t, c {.*} AS c
ORDER BY t.code

// The alliances contributing to each SDG target of $codes, with the contribution's basis, by alliance name.
// Used by AllianceLinksController.contributions.
UNWIND $codes AS key
MATCH (a:Alliance)-[c:CONTRIBUTES_TO]->(t:SdgTarget {code: key})
RETURN key, a {.*} AS a, t {.*} AS t, c {.*} AS c
ORDER BY a.name

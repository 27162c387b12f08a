// The fragility domains each alliance of $ids addresses, by code.
// Used by AllianceQueries.fragilityDomains.
UNWIND $ids AS key
MATCH (:Alliance {id: key})-[:ADDRESSES]->(d:FragilityDomain)
RETURN key, d {.*} AS d
ORDER BY d.code

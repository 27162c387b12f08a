// AllianceQueries.fragilityDomains
UNWIND $ids AS key
MATCH (:Alliance {id: key})-[:ADDRESSES]->(d:FragilityDomain)
RETURN key, d {.*} AS d
ORDER BY d.code

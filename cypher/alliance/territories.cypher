// The territories each alliance of $ids acts in, by id.
// Used by AllianceQueries.territories.
UNWIND $ids AS key
MATCH (:Alliance {id: key})-[:ACTS_IN]->(t:Territory)
RETURN key, t {.*} AS t
ORDER BY t.id

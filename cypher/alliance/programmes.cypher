// The programmes each alliance of $ids belongs to, by name.
// Used by AllianceQueries.programmes.
UNWIND $ids AS key
MATCH (:Alliance {id: key})-[:IN_PROGRAMME]->(p:Programme)
RETURN key, p {.*} AS p
ORDER BY p.name

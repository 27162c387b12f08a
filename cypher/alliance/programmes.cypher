// AllianceQueries.programmes
UNWIND $ids AS key
MATCH (:Alliance {id: key})-[:IN_PROGRAMME]->(p:Programme)
RETURN key, p {.*} AS p
ORDER BY p.name

// OrganisationQueries.territories
UNWIND $ids AS key
MATCH (:Organisation {id: key})-[:LOCATED_IN]->(t:Territory)
RETURN key, t {.*} AS t

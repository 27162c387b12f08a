// The territory each organisation of $ids is located in.
// Used by OrganisationQueries.territories.
UNWIND $ids AS key
MATCH (:Organisation {id: key})-[:LOCATED_IN]->(t:Territory)
RETURN key, t {.*} AS t

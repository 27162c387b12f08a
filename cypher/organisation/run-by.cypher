// The organisations running each programme of $ids.
// Used by OrganisationLinksController.runBy.
UNWIND $ids AS key
MATCH (:Programme {id: key})-[:RUN_BY]->(o:Organisation)
RETURN key, o {.*} AS o ORDER BY o.name

// The memberships of each organisation of $ids, with their alliance and source.
// Used by OrganisationQueries.memberships.
UNWIND $ids AS key
MATCH (o:Organisation {id: key})-[r:PARTNER_IN]->(a:Alliance)
OPTIONAL MATCH (s:Source {id: r.source})
RETURN key, o {.*} AS o, r {.*} AS r, a {.*} AS a, s {.*} AS s
ORDER BY a.startDate, a.name, r.role

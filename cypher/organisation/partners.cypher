// The partners of each alliance of $ids (their memberships), with the source of each.
// Used by OrganisationLinksController.partners.
UNWIND $ids AS key
MATCH (o:Organisation)-[r:PARTNER_IN]->(a:Alliance {id: key})
OPTIONAL MATCH (s:Source {id: r.source})
RETURN key, o {.*} AS o, r {.*} AS r, a {.*} AS a, s {.*} AS s
ORDER BY r.role, o.name

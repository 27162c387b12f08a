// Every membership as a row of memberships.csv.
// Used by FolderExport.MEMBERSHIPS.
MATCH (o:Organisation)-[r:PARTNER_IN]->(a:Alliance)
RETURN a.id AS alliance, o.id AS organisation, r.role AS role, r.since AS since, r.until AS until,
       r.inferred AS inferred, r.source AS source, r.quote AS quote, r.page AS page, r.speaker AS speaker
ORDER BY alliance, organisation, role

// How large an export would be: memberships of the kept alliances (bipartite edges) and an upper
// bound of the co-partner pairs (projection edges). Degrees come from the store, not from a walk.
UNWIND $allianceIds AS aid
MATCH (a:Alliance {id: aid})
WITH COUNT { (a)<-[:PARTNER_IN]-() } AS members
RETURN sum(members) AS memberships, sum(members * (members - 1) / 2) AS pairs

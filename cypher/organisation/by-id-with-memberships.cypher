// An organisation ($id), its memberships and each of their alliances' partners, in one statement.
// Used by OrganisationQueries.byIdWithMemberships.
MATCH (o:Organisation {id: $id})
CALL (o) {
  OPTIONAL MATCH (o)-[r:PARTNER_IN]->(a:Alliance)
  OPTIONAL MATCH (s:Source {id: r.source})
  CALL (a) {
    OPTIONAL MATCH (p:Organisation)-[pr:PARTNER_IN]->(a)
    OPTIONAL MATCH (ps:Source {id: pr.source})
    WITH p, pr, ps ORDER BY pr.role, p.name
    RETURN collect(CASE WHEN p IS NOT NULL THEN {o: p {.*}, r: pr {.*}, s: ps {.*}} END) AS partners
  }
  WITH r, a, s, partners ORDER BY a.startDate, a.name, r.role
  RETURN collect(CASE WHEN a IS NOT NULL THEN {r: r {.*}, a: a {.*}, s: s {.*}, partners: partners} END) AS memberships
}
RETURN o {.*} AS o, memberships

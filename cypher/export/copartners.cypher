// The edges of a projection export: each pair of kept organisations that share kept alliances,
// once (the smaller id first), with the shared alliances' ids, modes and dates, in id order.
// Grouped per organisation in a subquery, so rows stream out as each organisation is done.
UNWIND $actorIds AS oid
MATCH (o:Organisation {id: oid})
CALL (o) {
  MATCH (o)-[:PARTNER_IN]->(a:Alliance)<-[:PARTNER_IN]-(p:Organisation)
  WHERE p.id > o.id AND a.id IN $allianceIds AND p.id IN $actorIds
  WITH p, a ORDER BY a.id
  WITH p, collect(DISTINCT a) AS shared
  RETURN p.id AS other, [x IN shared | x.id] AS alliances, [x IN shared | x.mode] AS modes,
         [x IN shared | x.startDate] AS starts, [x IN shared | x.endDate] AS ends,
         [x IN shared | x.status] AS statuses
  ORDER BY other
}
RETURN oid AS organisation, other, alliances, modes, starts, ends, statuses

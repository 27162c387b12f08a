// An organisation's direct partners: one page, most shared alliances first, then name and id,
// after the cursor; how many there are; how many alliances the origin is partner in (a hub?).
// PartnershipQueries writes the filter into its slots: each `true` followed by a hop or inForce
// comment (see README.md). As written here (no filter) it runs in cypher-shell as it is.
// Parameters: $origin, $limit (page size + 1), $withTotal, $withShared, $withPaths, $afterDistance,
// $afterShared, $afterName, $afterId (all null on the first page). See README.md.
MATCH (o:Organisation {id: $origin})
CALL (o) {
  // No :Alliance label: PARTNER_IN only ends at alliances, and with the label the planner once
  // started from the Alliance(mode) index, once per row (728,245 db hits in one test order).
  MATCH (o)-[m1:PARTNER_IN]->(a)<-[m2:PARTNER_IN]-(t:Organisation)
  WHERE t <> o AND true /*hop(a, m1, m2)*/
  // The shared alliances are kept from this pass: re-reading them for the page cost a third of the hits.
  WITH t, collect(DISTINCT a) AS shared
  RETURN collect(t) AS level1, collect({t: t, shared: shared}) AS counts
}
CALL (o, counts) {
  UNWIND counts AS c
  WITH c.t AS t, c.shared AS shared, size(c.shared) AS sharedCount, c.t.name AS name, c.t.id AS id
  WHERE $afterDistance IS NULL OR ($afterDistance = 1 AND (sharedCount < $afterShared
        OR (sharedCount = $afterShared AND (name > $afterName OR (name = $afterName AND id > $afterId)))))
  ORDER BY sharedCount DESC, name, id
  LIMIT $limit
  RETURN collect({t: t, distance: 1, shared: shared}) AS page
}
WITH o, page, CASE WHEN size(page) < $limit OR $withTotal THEN size(level1) ELSE -1 END AS total, COUNT { (o)-[:PARTNER_IN]->() } AS memberships
UNWIND CASE WHEN page = [] THEN [-1] ELSE range(0, size(page) - 1) END AS i
WITH o, i, page[i] AS e, page[i].t AS t, page[i].shared[0] AS link, total, memberships
ORDER BY i
RETURN total, false AS capped, memberships,
       collect(CASE WHEN t IS NOT NULL THEN {
         t: t {.*}, distance: 1, sharedCount: size(e.shared),
         shared: CASE WHEN $withShared THEN [s IN e.shared | s {.*}] END,
         nodes: CASE WHEN $withPaths THEN [o {.*}, link {.*}, t {.*}] END,
         roles: CASE WHEN $withPaths THEN [[(o)-[m:PARTNER_IN]->(link) WHERE true /*inForce(m)*/ | m.role][0],
                                           [(t)-[m:PARTNER_IN]->(link) WHERE true /*inForce(m)*/ | m.role][0]] END
       } END) AS edges

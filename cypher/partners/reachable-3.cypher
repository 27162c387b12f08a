// The organisations within three alliances of an organisation: as reachable-2.cypher, with a third
// level (the partners of level 2 that are not nearer) and paths walked back from it.
// Parameters: those of reachable-2.cypher. See README.md.
MATCH (o:Organisation {id: $origin})
CALL (o) {
  MATCH (o)-[m1:PARTNER_IN]->(a)<-[m2:PARTNER_IN]-(t:Organisation)
  WHERE t <> o AND true /*hop(a, m1, m2)*/
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
  RETURN collect({t: t, distance: 1, shared: shared}) AS near
}
// Levels 2 and 3 in full, when the page goes past the direct partners.
CALL (o, near, level1) {
  WITH o, near, level1 WHERE size(near) < $limit
  UNWIND level1 AS x
  MATCH (x)-[m1:PARTNER_IN]->(a)<-[m2:PARTNER_IN]-(y:Organisation)
  WHERE y <> o AND NOT y IN level1 AND true /*hop(a, m1, m2)*/
  WITH DISTINCT y
  RETURN collect(y) AS level2
}
CALL (o, near, level1, level2) {
  WITH o, near, level1, level2 WHERE size(near) < $limit
  UNWIND level2 AS x
  MATCH (x)-[m1:PARTNER_IN]->(a)<-[m2:PARTNER_IN]-(y:Organisation)
  WHERE y <> o AND NOT y IN level1 AND NOT y IN level2 AND true /*hop(a, m1, m2)*/
  WITH DISTINCT y
  RETURN collect(y) AS level3
}
// Levels 2 and 3 counted, up to the cap, when the page holds direct partners only and the total is asked for.
CALL (o, near, level1) {
  WITH o, near, level1 WHERE size(near) >= $limit AND $withTotal AND size(level1) <= $cap
  UNWIND level1 AS x
  MATCH (x)-[m1:PARTNER_IN]->(a)<-[m2:PARTNER_IN]-(y:Organisation)
  WHERE y <> o AND NOT y IN level1 AND true /*hop(a, m1, m2)*/
  WITH DISTINCT y LIMIT $countLimit
  RETURN collect(y) AS counted2
}
CALL (o, near, level1, counted2) {
  WITH o, near, level1, counted2 WHERE size(near) >= $limit AND $withTotal AND size(level1) <= $cap
  UNWIND counted2 AS x
  MATCH (x)-[m1:PARTNER_IN]->(a)<-[m2:PARTNER_IN]-(y:Organisation)
  WHERE y <> o AND NOT y IN level1 AND NOT y IN counted2 AND true /*hop(a, m1, m2)*/
  WITH DISTINCT y LIMIT $countLimit
  RETURN collect(y) AS counted3
}
CALL (o, near, level2, level3) {
  WITH o, near, level2, level3 WHERE size(near) < $limit
  UNWIND [y IN level2 | {t: y, distance: 2}] + [y IN level3 | {t: y, distance: 3}] AS r
  WITH r.t AS t, r.distance AS distance, r.t.name AS name, r.t.id AS id
  WHERE $afterDistance IS NULL OR distance > $afterDistance
        OR (distance = $afterDistance AND (name > $afterName OR (name = $afterName AND id > $afterId)))
  ORDER BY distance, name, id
  LIMIT $limit
  RETURN collect({t: t, distance: distance, shared: []}) AS far
}
WITH o, level1, level2, (near + far)[0..$limit] AS page,
     CASE WHEN size(near) < $limit THEN size(level1) + size(level2) + size(level3)
          WHEN $withTotal THEN size(level1) + size(counted2) + size(counted3) ELSE -1 END AS total,
     size(near) >= $limit AND $withTotal AND size(level1) + size(counted2) + size(counted3) > $cap AS capped,
     COUNT { (o)-[:PARTNER_IN]->() } AS memberships
UNWIND CASE WHEN page = [] THEN [-1] ELSE range(0, size(page) - 1) END AS i
WITH o, level1, level2, i, page[i] AS e, page[i].t AS t, page[i].shared[0] AS link, total, capped, memberships
// A path to each row two alliances away: a partner of it in level 1, then the origin.
OPTIONAL CALL (o, e, t, level1) {
  WITH o, e, t, level1 WHERE $withPaths AND e.distance = 2
  WITH o, level1, t AS x2
  MATCH (x2)-[b2:PARTNER_IN]->(a2)<-[c2:PARTNER_IN]-(x1:Organisation)
  WHERE x1 IN level1 AND true /*hop(a2, b2, c2)*/
  WITH o, x2, a2, b2, c2, x1 LIMIT 1
  MATCH (x1)-[b1:PARTNER_IN]->(a1)<-[c1:PARTNER_IN]-(o)
  WHERE true /*hop(a1, b1, c1)*/
  WITH o, x2, a2, b2, c2, x1, a1, b1, c1 LIMIT 1
  RETURN [o {.*}, a1 {.*}, x1 {.*}, a2 {.*}, x2 {.*}] AS nodes2, [c1.role, b1.role, c2.role, b2.role] AS roles2
}
// Three alliances away: a partner in level 2, its partner in level 1, then the origin.
OPTIONAL CALL (o, e, t, level1, level2) {
  WITH o, e, t, level1, level2 WHERE $withPaths AND e.distance = 3
  WITH o, level1, level2, t AS x3
  MATCH (x3)-[b3:PARTNER_IN]->(a3)<-[c3:PARTNER_IN]-(x2:Organisation)
  WHERE x2 IN level2 AND true /*hop(a3, b3, c3)*/
  WITH o, level1, x3, a3, b3, c3, x2 LIMIT 1
  MATCH (x2)-[b2:PARTNER_IN]->(a2)<-[c2:PARTNER_IN]-(x1:Organisation)
  WHERE x1 IN level1 AND true /*hop(a2, b2, c2)*/
  WITH o, x3, a3, b3, c3, x2, a2, b2, c2, x1 LIMIT 1
  MATCH (x1)-[b1:PARTNER_IN]->(a1)<-[c1:PARTNER_IN]-(o)
  WHERE true /*hop(a1, b1, c1)*/
  WITH o, x3, a3, b3, c3, x2, a2, b2, c2, x1, a1, b1, c1 LIMIT 1
  RETURN [o {.*}, a1 {.*}, x1 {.*}, a2 {.*}, x2 {.*}, a3 {.*}, x3 {.*}] AS nodes3,
         [c1.role, b1.role, c2.role, b2.role, c3.role, b3.role] AS roles3
}
WITH o, i, e, t, link, total, capped, memberships, nodes2, roles2, nodes3, roles3 ORDER BY i
RETURN total, capped, memberships,
       collect(CASE WHEN t IS NOT NULL THEN {
         t: t {.*}, distance: e.distance, sharedCount: size(e.shared),
         shared: CASE WHEN $withShared THEN [s IN e.shared | s {.*}] END,
         nodes: CASE WHEN $withPaths THEN coalesce(nodes3, nodes2, [o {.*}, link {.*}, t {.*}]) END,
         roles: CASE WHEN $withPaths THEN coalesce(roles3, roles2,
                  [[(o)-[m:PARTNER_IN]->(link) WHERE true /*inForce(m)*/ | m.role][0],
                   [(t)-[m:PARTNER_IN]->(link) WHERE true /*inForce(m)*/ | m.role][0]]) END
       } END) AS edges

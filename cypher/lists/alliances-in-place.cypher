// A page of the alliances acting in a département or région, by name, and their total when asked,
// in one statement, from the IN_PLACE relationships each alliance has to every département and
// région it acts in ({place, name}, schema V005, kept by GraphWrites.ALLIANCE_PLACES): the
// (place, name) index read in name order, each alliance tested against the other criteria, stopping
// at the page's end. Slots: true /*start*/ the cursor's range on the name (ip.name >= $afterKey: the
// index seek starts there), true /*where*/ the other criteria (../filters/alliance.cypher, on `a`),
// /*total*/ one of the fragments [total] and [noTotal]. Parameters: $place, $limit, $afterKey,
// $afterId, and the criteria's own. The alliance has no label on purpose: with one, the planner
// started the total from the alliances' label or start-date index and walked to their places (4,800
// db hits for a département of the test graph, against 370 from the place's relationships).

// [page]
/*total*/
CALL () {
  MATCH (a)-[ip:IN_PLACE]->()
  WHERE ip.place = $place AND ip.name IS NOT NULL AND true /*start*/ AND true /*where*/
    AND ($afterId IS NULL OR ip.name > $afterKey OR a.id > $afterId)
  WITH a, ip ORDER BY ip.place, ip.name, a.id LIMIT $limit
  RETURN collect(a) AS page
}
UNWIND CASE WHEN page = [] THEN [null] ELSE page END AS a
RETURN a {.*} AS a, total

// [total] the total: every alliance acting in the place that meets the other criteria
CALL () {
  MATCH (a)-[ip:IN_PLACE]->()
  WHERE ip.place = $place AND true /*where*/
  RETURN count(a) AS total
}

// [noTotal]
WITH -1 AS total

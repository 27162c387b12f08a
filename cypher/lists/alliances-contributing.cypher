// A page of the alliances of one mode contributing to one SDG target, by name, and their total when
// asked, in one statement, from the contributions' (target, mode, name) index (schema V006, kept by
// the write statements of GraphWrites): read in name order, each alliance tested against the other
// criteria, stopping at the page's end; the total counted from the same index. Slots: true /*start*/
// the cursor's range on the name (c.name >= $afterKey: the index seek starts there), true /*where*/
// the other criteria (../filters/alliance.cypher, on `a`), /*total*/ one of the fragments [total], or
// with no other criterion [tally], and [noTotal]. Parameters: $sdgTarget, $mode, $limit, $afterKey,
// $afterId, and the criteria's own.
// The alliance has no label, as in alliances-in-place.cypher: the relationships' index is the start.
// Both name their index: on a small graph the planner scanned every contribution for the total
// instead (1,057 db hits for the test graph's pair, against 146 from the index).

// [page]
/*total*/
CALL () {
  MATCH (a)-[c:CONTRIBUTES_TO]->()
  USING INDEX c:CONTRIBUTES_TO(target, mode, name)
  WHERE c.target = $sdgTarget AND c.mode = $mode AND c.name IS NOT NULL AND true /*start*/ AND true /*where*/
    AND ($afterId IS NULL OR c.name > $afterKey OR a.id > $afterId)
  WITH a, c ORDER BY c.target, c.mode, c.name, a.id LIMIT $limit
  RETURN collect(a) AS page
}
UNWIND CASE WHEN page = [] THEN [null] ELSE page END AS a
RETURN a {.*} AS a, total

// [total] the total: every alliance of the mode contributing to the target that meets the other criteria
CALL () {
  MATCH (a)-[c:CONTRIBUTES_TO]->()
  USING INDEX c:CONTRIBUTES_TO(target, mode, name)
  WHERE c.target = $sdgTarget AND c.mode = $mode AND c.name IS NOT NULL AND true /*where*/
  RETURN count(a) AS total
}

// [tally] the total when no other criterion filters: the degree of the target's node for the mode
// (schema V007), read in constant time, where [total] counts the index's 60,419 entries for 17.17 and
// MECENAT at L (18-21 ms). No node: no alliance of the mode contributes to the target.
CALL () {
  OPTIONAL MATCH (m:SdgTargetMode {target: $sdgTarget, mode: $mode})
  RETURN CASE WHEN m IS NULL THEN 0 ELSE COUNT { (m)<-[:TALLIED_IN]-() } END AS total
}

// [noTotal]
WITH -1 AS total

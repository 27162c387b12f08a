// One page of a list whose rows start from an anchor (the filter's most selective criterion: its
// `…From` and `…Estimate` fragments in ../filters), with the total, in one statement; or, when the
// anchor binds so large a share of the label that reading the label in name order is cheaper, no
// page but the verdict (`anchored` false: then page.cypher runs).
// The estimate first: how many rows the anchor binds at most, found without binding them.
CALL () {
  CALL () { MATCH (n:Listed) RETURN count(n) AS labelled }
  /*estimate*/
}
WITH estimate, estimate <= $anchorUpTo OR toFloat(estimate) * estimate <= $scanFactor * labelled AS anchored
OPTIONAL CALL (anchored) {
  WITH anchored WHERE anchored
  /*from*/
  // Without the total, the cursor cuts here and only the page is kept out of the sort; with it
  // ($whole), the whole answer is sorted, counted, and cut after the cursor in the list below.
  WITH x WHERE true /*where*/
  WITH x, /*sortKey*/ AS sortKey
  WHERE $whole OR $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND x.id > $afterId)
  WITH x, sortKey ORDER BY sortKey, x.id /*pageLimit*/
  WITH collect({node: x, sortKey: sortKey}) AS rows
  RETURN size(rows) AS total,
         CASE WHEN $whole AND $afterId IS NOT NULL
              THEN [row IN rows WHERE row.sortKey > $afterKey OR (row.sortKey = $afterKey AND row.node.id > $afterId)]
              ELSE rows END[0..$limit] AS page
}
UNWIND CASE WHEN anchored AND size(page) > 0 THEN page ELSE [null] END AS row
WITH estimate, anchored, total, row, row.node AS x
RETURN estimate, anchored, total, x {.*} AS x, row.sortKey AS sortKey

// One page of a list read from the label (:Listed), in the order of the sort key then the id,
// after the cursor. When the sort key has an index (name, id), /*start*/ is a range predicate on it
// that lets the planner read the index in order and stop at the page's end. The page is cut before
// its properties are read: only the page's nodes are projected.
MATCH (x:Listed)
WHERE true /*start*/ AND true /*where*/
  AND ($afterId IS NULL OR /*sortKey*/ > $afterKey OR (/*sortKey*/ = $afterKey AND x.id > $afterId))
WITH x, /*sortKey*/ AS sortKey
ORDER BY sortKey, x.id
LIMIT $limit
RETURN x {.*} AS x, sortKey

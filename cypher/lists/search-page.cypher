// One page of a list restricted by a full-text search on names ($text, a Lucene query built from the
// user's words by search.NameQuery), in the order of the sort key then the id, after the cursor. The
// index spans several labels: this list keeps its own.
CALL db.index.fulltext.queryNodes('actor_name_search', $text, {limit: 100000}) YIELD node AS x
WITH x WHERE x:Listed AND true /*where*/
  AND ($afterId IS NULL OR /*sortKey*/ > $afterKey OR (/*sortKey*/ = $afterKey AND x.id > $afterId))
WITH x, /*sortKey*/ AS sortKey
ORDER BY sortKey, x.id
LIMIT $limit
RETURN x {.*} AS x, sortKey

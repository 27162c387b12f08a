// Auto-completion of organisations for the reconciliation service's suggest: the organisation whose
// id is the prefix, then what the name index finds for the prefix's words (the last one as a prefix),
// best first, skipping $cursor.
CALL () {
  MATCH (o:Organisation {id: $id})
  RETURN o, 1000.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('actor_name_search', $text, {limit: $cursor + $limit + 30}) YIELD node, score
  WITH node AS o, score WHERE o:Organisation
  RETURN o, score
}
WITH o, max(score) AS score
ORDER BY score DESC, o.name
SKIP $cursor LIMIT $limit
OPTIONAL MATCH (o)-[:LOCATED_IN]->(t:Territory)
RETURN o {.*} AS o, head(collect(t.name)) AS territoryName

// Territories whose names match $query, best first, at most $limit.
// Used by TerritoryQueries.search.
CALL db.index.fulltext.queryNodes('territory_name_search', $query, {limit: $limit})
YIELD node, score
WHERE $levels IS NULL OR node.level IN $levels
WITH node, score
ORDER BY score DESC, CASE node.level WHEN 'PAYS' THEN 0 WHEN 'REGION' THEN 1
  WHEN 'COLLECTIVITE_OUTRE_MER' THEN 2 WHEN 'DEPARTEMENT' THEN 3 WHEN 'EPCI' THEN 4 ELSE 5 END, node.name
LIMIT $first
RETURN node {.*} AS t

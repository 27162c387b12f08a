// Organisations, alliances and programmes whose names match $query (Lucene, escaped), best first, at most $limit.
// Used by SearchController.search.
CALL db.index.fulltext.queryNodes('actor_name_search', $query, {limit: $limit})
YIELD node, score
RETURN node {.*} AS node, labels(node) AS labels, score

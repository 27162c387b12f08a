// The organisations that may be what each query names, for a batch of queries in one statement:
// what the name index finds for the query's words, and the same SIREN or RNA number (indexed)
// ($queries: [{key, siren, rna, text, pool}]; text is a full-text query, null when the query has no
// name). `saturated`: the index gave as many hits as asked and the last scored nearly as the first,
// so namesakes may have been left out (the caller is then sure of a candidate only on stronger
// evidence). The caller scores them.
UNWIND $queries AS q
CALL (q) {
  WITH q WHERE q.text IS NOT NULL
  CALL db.index.fulltext.queryNodes('actor_name_search', q.text, {limit: q.pool}) YIELD node, score
  RETURN collect(node) AS hits, collect(score) AS scores
}
WITH q, size(hits) >= q.pool AND last(scores) >= 0.9 * head(scores) AS saturated, [n IN hits WHERE n:Organisation] AS named
CALL (q, named) {
  MATCH (o:Organisation {siren: q.siren})
  RETURN o
  UNION
  MATCH (o:Organisation {rna: q.rna})
  RETURN o
  UNION
  UNWIND named AS o
  RETURN o
}
OPTIONAL MATCH (o)-[:LOCATED_IN]->(t:Territory)
WITH q, saturated, o, head(collect(t)) AS t
RETURN q.key AS key, saturated, o {.*} AS o, t.id AS territory, t.name AS territoryName

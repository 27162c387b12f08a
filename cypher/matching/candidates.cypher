// The organisations that may be what each query names, for a batch of queries in one statement:
// the same SIREN or RNA number (indexed), and what the name index finds for the query's words
// ($queries: [{key, siren, rna, text, pool}]; text is a full-text query, null when the query has no
// name). The caller scores them; the index only gathers.
UNWIND $queries AS q
CALL (q) {
  MATCH (o:Organisation {siren: q.siren})
  RETURN o
  UNION
  MATCH (o:Organisation {rna: q.rna})
  RETURN o
  UNION
  WITH q WHERE q.text IS NOT NULL
  CALL db.index.fulltext.queryNodes('actor_name_search', q.text, {limit: q.pool}) YIELD node
  WITH node AS o WHERE o:Organisation
  RETURN o
}
OPTIONAL MATCH (o)-[:LOCATED_IN]->(t:Territory)
WITH q, o, head(collect(t)) AS t
RETURN q.key AS key, o {.*} AS o, t.id AS territory, t.name AS territoryName

// Organisations that may be the same as an upload's new rows: the same SIREN or RNA (indexed), or a
// name the full-text index finds (accents and case folded; the caller keeps the exact matches).
// $names are phrase queries, already stripped of the index's special characters.
CALL (){
  UNWIND $sirens AS siren
  MATCH (o:Organisation {siren: siren})
  RETURN o
  UNION
  UNWIND $rnas AS rna
  MATCH (o:Organisation {rna: rna})
  RETURN o
  UNION
  UNWIND $names AS name
  CALL db.index.fulltext.queryNodes('actor_name_search', name, {limit: 10}) YIELD node
  WITH node AS o WHERE o:Organisation
  RETURN o
}
OPTIONAL MATCH (o)-[:LOCATED_IN]->(t:Territory)
RETURN DISTINCT o.id AS id, o.name AS name, o.siren AS siren, o.rna AS rna, t.id AS territory, t.name AS territoryName

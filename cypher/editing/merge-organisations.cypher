// Two organisations that are the same become one, in one statement: $keep takes $merge's memberships
// (those it has not in the same alliance and role), sources, programmes it runs, its location when
// $keep has none, and the identifiers and fields $keep lacks; $merge's id (and its own aliases)
// answer for $keep from then on (OrganisationAlias); then $merge goes.
MATCH (k:Organisation {id: $keep}), (m:Organisation {id: $merge})
CALL (k, m) {
  MATCH (m)-[r:PARTNER_IN]->(a:Alliance)
  WHERE NOT EXISTS { MATCH (k)-[x:PARTNER_IN]->(a) WHERE x.role = r.role }
  CREATE (k)-[moved:PARTNER_IN]->(a)
  SET moved = properties(r), k:Allied
}
CALL (k, m) {
  MATCH (m)-[r:SOURCED_FROM]->(s:Source)
  WHERE NOT EXISTS { (k)-[:SOURCED_FROM]->(s) }
  CREATE (k)-[moved:SOURCED_FROM]->(s)
  SET moved = properties(r)
}
CALL (k, m) {
  MATCH (p:Programme)-[:RUN_BY]->(m)
  WHERE NOT EXISTS { (p)-[:RUN_BY]->(k) }
  CREATE (p)-[:RUN_BY]->(k)
}
CALL (k, m) {
  MATCH (m)-[:LOCATED_IN]->(t:Territory)
  WHERE NOT EXISTS { (k)-[:LOCATED_IN]->() }
  CREATE (k)-[:LOCATED_IN]->(t)
  SET k.departement = m.departement, k.region = m.region, k.manyPlaces = m.manyPlaces
}
CALL (k, m) {
  OPTIONAL MATCH (old:OrganisationAlias)-[r:ALIAS_OF]->(m)
  WITH k, collect(old) AS olds
  FOREACH (o IN olds | MERGE (o)-[:ALIAS_OF]->(k))
  MERGE (alias:OrganisationAlias {id: m.id})
  MERGE (alias)-[:ALIAS_OF]->(k)
}
SET k.siren = coalesce(k.siren, m.siren), k.rna = coalesce(k.rna, m.rna), k.acronym = coalesce(k.acronym, m.acronym),
    k.website = coalesce(k.website, m.website), k.size = coalesce(k.size, m.size), k.sector = coalesce(k.sector, m.sector),
    k.version = coalesce(k.version, 0) + 1
WITH k, m
DETACH DELETE m
RETURN k.id AS id

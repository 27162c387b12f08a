// A batch of head offices from StockEtablissement ($rows: siren, siret, commune with its place keys):
// the unit's organisation, when the graph has it, is placed in the head office's commune unless
// people placed it already, and keeps the head office's SIRET. Unchanged rows write nothing.
UNWIND $rows AS row
MATCH (o:Organisation {siren: row.siren})
WITH o, row WHERE o.headOfficeSiret IS NULL OR o.headOfficeSiret <> row.siret OR o.headOfficeCommune IS NULL
  OR o.headOfficeCommune <> coalesce(row.commune, '')
SET o.headOfficeSiret = row.siret, o.headOfficeCommune = coalesce(row.commune, '')
WITH o, row
CALL (o, row) {
  WITH o, row WHERE o.fromSirene AND row.commune IS NOT NULL
  OPTIONAL MATCH (o)-[r:LOCATED_IN]->(t) WHERE t.id <> row.commune
  DELETE r
}
CALL (o, row) {
  WITH o, row WHERE row.commune IS NOT NULL AND NOT EXISTS { (o)-[:LOCATED_IN]->() }
  MATCH (t:Territory {id: row.commune})
  CREATE (o)-[:LOCATED_IN]->(t)
  SET o.departement = row.departement, o.region = row.region, o.manyPlaces = null
}
RETURN count(o) AS written

// A batch of RNA rows, in one transaction ($rows, built by RnaRows; $source: the registry file's
// Source). An association already in the graph with the same RNA number is completed, not
// duplicated: the registry's facts are added beside what people wrote (its name, kind and place stay
// theirs; a place only when it had none); an association the registry alone knows takes its name,
// acronym, kind and commune from it.
// A row whose content did not change since the last file writes nothing (registryHash), so the same
// file twice changes nothing and a monthly file touches only what changed. Returns what was written.
MATCH (s:Source {id: $source})
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (found:Organisation {rna: row.rna})
  RETURN head(collect(found)) AS found
}
CALL (row, found) {
  WITH row, found WHERE found IS NULL
  MERGE (o:Organisation {id: row.id})
  SET o.fromRegistry = true
  RETURN o, true AS isNew
  UNION
  WITH row, found WHERE found IS NOT NULL
  RETURN found AS o, false AS isNew
}
WITH s, row, o, isNew WHERE o.registryHash IS NULL OR o.registryHash <> row.hash
SET o.rna = row.rna, o.registryHash = row.hash, o.registryName = row.name, o.registrySiret = row.siret,
    o.siren = coalesce(o.siren, row.siren), o.socialObjects = row.socialObjects, o.registeredOn = row.created,
    o.dissolvedOn = row.dissolved, o.active = row.active, o.publicUtility = row.publicUtility,
    o.groupement = row.groupement, o.registryUpdatedAt = row.updatedAt, o.version = coalesce(o.version, 0) + 1
WITH s, row, o, isNew
CALL (o, row) {
  WITH o, row WHERE o.fromRegistry
  SET o.name = row.name, o.searchName = row.searchName, o.acronym = row.acronym, o.kind = 'ASSOCIATION',
      o.departement = row.departement, o.region = row.region, o.manyPlaces = null
  WITH o, row
  MATCH (o)-[r:LOCATED_IN]->(t) WHERE t.id <> coalesce(row.commune, '')
  DELETE r
}
CALL (o, row) {
  WITH o, row WHERE row.commune IS NOT NULL AND NOT EXISTS { (o)-[:LOCATED_IN]->() }
  MATCH (t:Territory {id: row.commune})
  CREATE (o)-[:LOCATED_IN]->(t)
  SET o.departement = row.departement, o.region = row.region, o.manyPlaces = null
}
CALL (o, s) {
  MATCH (o)-[x:SOURCED_FROM]->(old:Source {kind: s.kind}) WHERE old <> s
  DELETE x
}
CALL (o, s, row) {
  WITH o, s, row WHERE NOT EXISTS { (o)-[:SOURCED_FROM]->(s) }
  CREATE (o)-[:SOURCED_FROM {quote: row.where}]->(s)
}
RETURN count(o) AS written, sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created

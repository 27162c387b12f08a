// A batch of SIRENE legal units, in one transaction ($rows, built by SireneRows; $source: the stock
// file's Source). An organisation already in the graph with the same SIREN, or with the RNA number
// SIRENE links the unit to, is completed, not duplicated: SIRENE's facts are added beside what
// people (or the RNA) wrote; an organisation SIRENE alone knows takes its name, acronym and kind from it.
// A row whose content did not change since the last file writes nothing (sireneHash). Returns what was written.
MATCH (s:Source {id: $source})
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (bySiren:Organisation {siren: row.siren})
  WITH row, head(collect(bySiren)) AS bySiren
  OPTIONAL MATCH (byRna:Organisation {rna: row.rna})
  WITH bySiren, head(collect(byRna)) AS byRna
  RETURN coalesce(bySiren, byRna) AS found
}
CALL (row, found) {
  WITH row, found WHERE found IS NULL
  MERGE (o:Organisation {id: row.id})
  SET o.fromSirene = true
  RETURN o, true AS isNew
  UNION
  WITH row, found WHERE found IS NOT NULL
  RETURN found AS o, false AS isNew
}
WITH s, row, o, isNew WHERE o.sireneHash IS NULL OR o.sireneHash <> row.hash
SET o.siren = row.siren, o.sireneHash = row.hash, o.sireneName = row.name, o.legalCategory = row.legalCategory,
    o.naf = row.naf, o.nafSection = row.nafSection, o.ess = row.ess, o.sireneActive = row.active,
    o.sireneCreatedOn = row.created, o.ceasedOn = row.ceased, o.headOfficeSiret = coalesce(row.siret, o.headOfficeSiret),
    o.rna = coalesce(o.rna, row.rna), o.version = coalesce(o.version, 0) + 1
WITH s, row, o, isNew
CALL (o, row) {
  WITH o, row WHERE o.fromSirene
  SET o.name = row.name, o.searchName = row.searchName, o.acronym = row.acronym, o.kind = row.kind,
      o.active = row.active
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

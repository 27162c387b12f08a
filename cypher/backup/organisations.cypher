// Every organisation as a row of organisations.csv.
// Used by FolderExport.ORGANISATIONS.
MATCH (o:Organisation)
CALL (o) { OPTIONAL MATCH (o)-[:LOCATED_IN]->(t:Territory) RETURN t.id AS territory LIMIT 1 }
CALL (o) { OPTIONAL MATCH (o)-[x:SOURCED_FROM]->(s:Source) WITH x, s ORDER BY s.id
           RETURN collect(CASE WHEN s IS NOT NULL THEN {source: s.id, quote: x.quote, page: x.page} END) AS sources }
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.acronym AS acronym, territory, o.siren AS siren,
       o.rna AS rna, o.size AS size, o.sector AS sector, o.website AS website, o.inferred AS inferred, sources
ORDER BY id

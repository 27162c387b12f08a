// The organisations an upload names by id, as they are now, in the import format's columns.
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
OPTIONAL MATCH (o)-[:LOCATED_IN]->(t:Territory)
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.acronym AS acronym, t.id AS territory, o.siren AS siren,
       o.rna AS rna, o.size AS size, o.sector AS sector, o.website AS website

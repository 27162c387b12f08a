// Every programme as a row of programmes.csv, with who runs it.
// Used by FolderExport.PROGRAMMES.
MATCH (p:Programme)
CALL (p) { OPTIONAL MATCH (p)-[:RUN_BY]->(o:Organisation) RETURN collect(o.id) AS runBy }
CALL (p) { OPTIONAL MATCH (p)-[x:SOURCED_FROM]->(s:Source) WITH x, s ORDER BY s.id
           RETURN collect(CASE WHEN s IS NOT NULL THEN {source: s.id, quote: x.quote, page: x.page} END) AS sources }
RETURN p.id AS id, p.name AS name, p.acronym AS acronym, p.description AS description,
       p.startDate AS start_date, p.endDate AS end_date, runBy, sources
ORDER BY id

// Every source as a row of sources.csv.
// Used by FolderExport.SOURCES.
MATCH (s:Source)
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.date AS date, s.url AS url,
       s.kind AS kind, s.file AS file
ORDER BY id

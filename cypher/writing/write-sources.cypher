// Sources ($rows) written or updated on their id.
// Used by GraphWrites.WRITE_SOURCES.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title, s.publisher = row.publisher, s.date = row.date, s.url = row.url,
    s.kind = row.kind, s.file = row.file

// The registry file a registry import applies, as the Source of what it says: created when first
// applied, marked complete only when every batch is written ($complete), so a stopped import shows.
MERGE (s:Source {id: $id})
SET s.title = $title, s.publisher = $publisher, s.date = $date, s.url = $url, s.kind = $kind, s.file = $file,
    s.searchName = $title, s.complete = $complete, s.rows = $rows, s.appliedAt = datetime()

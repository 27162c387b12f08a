// An alliance's own fields changed and its links left as they are (the page's alliance form): its
// name, mode, status, dates and objectives, and the source of the change cited. The caller then
// refreshes what derives from them (IN_PLACE carries the name, TALLIED_IN follows the mode).
MATCH (a:Alliance {id: $id})
MATCH (s:Source {id: $source})
SET a.name = $name, a.searchName = replace(replace($name, '’', ' '), "'", ' '), a.mode = $mode, a.status = $status,
    a.startDate = $startDate, a.endDate = $endDate, a.objectives = $objectives,
    a.version = coalesce(a.version, 0) + 1, a.contentHash = null
WITH a, s
CALL (a, s) {
  WITH * WHERE NOT EXISTS { (a)-[:SOURCED_FROM]->(s) }
  CREATE (a)-[:SOURCED_FROM]->(s)
}
MATCH (a)-[x:SOURCED_FROM]->(s)
SET x.quote = coalesce($quote, x.quote), x.page = coalesce($page, x.page)
RETURN a.id AS id

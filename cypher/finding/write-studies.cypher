// The studies of the demonstration data ($rows, from demo/studies.csv): each with its programme, who
// ran it (organisations of the graph) and the source that names it. Idempotent.
UNWIND $rows AS row
MERGE (st:Study {id: row.id})
SET st.name = row.name, st.fieldwork = row.fieldwork, st.population = row.population
WITH st, row
CALL (st) {
  MATCH (st)-[r:IN_PROGRAMME|RUN_BY]->() DELETE r
}
CALL (st, row) {
  MATCH (p:Programme {id: row.programme}) CREATE (st)-[:IN_PROGRAMME]->(p)
}
CALL (st, row) {
  UNWIND row.runBy AS orgId
  MATCH (o:Organisation {id: orgId}) CREATE (st)-[:RUN_BY]->(o)
}
MATCH (s:Source {id: row.source})
MERGE (st)-[x:SOURCED_FROM]->(s)
SET x.quote = row.quote, x.page = row.page

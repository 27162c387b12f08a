// Who runs each programme ($rows: id, runBy): links to organisations no longer listed are removed, the listed ones made once.
// Used by GraphWrites.WRITE_PROGRAMME_RUNNERS.
UNWIND $rows AS row
MATCH (p:Programme {id: row.id})
CALL (p, row) {
  MATCH (p)-[r:RUN_BY]->(o) WHERE NOT o.id IN row.runBy DELETE r
}
CALL (p, row) {
  UNWIND row.runBy AS organisationId
  MATCH (o:Organisation {id: organisationId})
  MERGE (p)-[:RUN_BY]->(o)
}

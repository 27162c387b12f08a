// An organisation's upsert in one statement (under load each statement waits for a core): the
// organisation's write lock and its version (-1 when there is none yet: the lock is then the
// uniqueness constraint's, taken by the write), whether the territory and the source the input names
// exist ($territory null: none named), the write itself (GraphWrites.WRITE_ORGANISATIONS, in the
// slot), a change record when the version moved, and the node as written. The caller refuses the
// input on what the checks say, which rolls the write back with the transaction.
OPTIONAL MATCH (n:Organisation {id: $id})
SET n.lockedForWrite = true
REMOVE n.lockedForWrite
WITH CASE WHEN n IS NULL THEN -1 ELSE coalesce(n.version, 0) END AS before,
     $territory IS NULL OR EXISTS { MATCH (:Territory {id: $territory}) } AS territoryFound,
     EXISTS { MATCH (:Source {id: $source}) } AS sourceFound
OPTIONAL CALL () {
  /*write*/
  RETURN o
}
CALL (o, before) {
  WITH o WHERE o IS NOT NULL AND o.version <> before
  CREATE (:Change {at: datetime(), by: $by, operation: $operation, subjectKind: 'Organisation', subject: o.id,
                   fields: $fields, version: o.version})
}
RETURN before, territoryFound, sourceFound, o {.*} AS o

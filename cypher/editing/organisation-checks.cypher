// Before an organisation's upsert, in its transaction, in one statement (under load each statement
// waits for a core): the organisation's write lock and its version (-1 when there is none yet: the
// lock is then the uniqueness constraint's, taken by the write), and whether the territory and the
// source the input names exist ($territory null: none named).
OPTIONAL MATCH (n:Organisation {id: $id})
SET n.lockedForWrite = true
REMOVE n.lockedForWrite
RETURN CASE WHEN n IS NULL THEN -1 ELSE coalesce(n.version, 0) END AS version,
       $territory IS NULL OR EXISTS { MATCH (:Territory {id: $territory}) } AS territoryFound,
       EXISTS { MATCH (:Source {id: $source}) } AS sourceFound

// The latest changes of each subject of a GraphQL level (organisations or alliances), newest first:
// its own changes, and the imports that defined a source it cites (record-import.cypher).
// /*label*/ is the subjects' label, as $subjectKind names it.
UNWIND $subjects AS subject
CALL (subject) {
  CALL (subject) {
    MATCH (c:Change {subjectKind: $subjectKind, subject: subject})
    WHERE c.at IS NOT NULL
    RETURN c
    UNION
    MATCH (:/*label*/ {id: subject})-[:SOURCED_FROM]->(s:Source)
    MATCH (c:Change {subjectKind: 'Import'})
    WHERE c.at IS NOT NULL AND s.id IN c.sources
    RETURN c
  }
  RETURN c ORDER BY c.at DESC LIMIT $first
}
RETURN subject, collect({at: c.at, by: c.by, operation: c.operation, fields: c.fields, version: c.version}) AS changes

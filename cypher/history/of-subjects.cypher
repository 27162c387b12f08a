// The latest changes of each subject of a GraphQL level (organisations or alliances), newest first.
UNWIND $subjects AS subject
CALL (subject) {
  MATCH (c:Change {subjectKind: $subjectKind, subject: subject})
  WHERE c.at IS NOT NULL
  RETURN c ORDER BY c.at DESC LIMIT $first
}
RETURN subject, collect({at: c.at, by: c.by, operation: c.operation, fields: c.fields, version: c.version}) AS changes

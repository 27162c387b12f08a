// Who changed a subject last, and when: what a refused stale write tells its author.
MATCH (c:Change {subjectKind: $subjectKind, subject: $subject})
WHERE c.at IS NOT NULL
RETURN c.by AS by, toString(c.at) AS at
ORDER BY c.at DESC
LIMIT 1

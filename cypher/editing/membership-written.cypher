// The end of a membership's write, appended to GraphWrites.WRITE_MEMBERSHIPS: one change on the
// alliance and one on the organisation when the membership is new or holds something else than
// $before (its state as editing/membership-checks.cypher read it), in the write's statement.
WITH o, a, r
WHERE $before IS NULL
   OR $before <> [coalesce(toString(r.since), ''), coalesce(toString(r.until), ''), coalesce(r.source, ''),
                  coalesce(r.quote, ''), coalesce(toString(r.page), ''), coalesce(r.inferred, [])]
CREATE (:Change {at: datetime(), by: $by, operation: 'setMembership ' + o.id, subjectKind: 'Alliance', subject: a.id,
                 fields: $fields})
CREATE (:Change {at: datetime(), by: $by, operation: 'setMembership ' + a.id, subjectKind: 'Organisation', subject: o.id,
                 fields: $fields})

// Several writes of one operation (an upload from the page): one Change per subject, in the write's
// transaction ($changes: [{subjectKind, subject, fields}]).
UNWIND $changes AS change
CREATE (:Change {at: datetime(), by: $by, operation: $operation, subjectKind: change.subjectKind,
                 subject: change.subject, fields: change.fields})

// One write through the service: who made it (an account's e-mail address, an API key's role and
// hash prefix, a token's subject), when, what it was and on what. Written in the write's transaction.
CREATE (:Change {at: datetime(), by: $by, operation: $operation, subjectKind: $subjectKind, subject: $subject,
                 fields: $fields, version: $version})

// One account by its e-mail address (lower-cased), with its password hash: for signing in, and for
// the check every request of a signed-in person makes (a disabled or narrowed account takes effect
// at its next request).
MATCH (a:Account {email: $email})
RETURN a.email AS email, a.name AS name, a.role AS role, a.passwordHash AS passwordHash,
       coalesce(a.programmes, []) AS programmes, coalesce(a.territories, []) AS territories,
       coalesce(a.disabled, false) AS disabled, a.createdAt AS createdAt, a.createdBy AS createdBy,
       a.changedAt AS changedAt, a.changedBy AS changedBy

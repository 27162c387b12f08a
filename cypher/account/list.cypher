// Every account, by e-mail address, without its password hash.
MATCH (a:Account)
RETURN a.email AS email, a.name AS name, a.role AS role, null AS passwordHash,
       coalesce(a.programmes, []) AS programmes, coalesce(a.territories, []) AS territories,
       coalesce(a.disabled, false) AS disabled, a.createdAt AS createdAt, a.createdBy AS createdBy,
       a.changedAt AS changedAt, a.changedBy AS changedBy
ORDER BY a.email

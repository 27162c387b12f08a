// Changes what is given of an account (null: unchanged). An empty list of programmes and of
// territories lifts an editor's limits.
MATCH (a:Account {email: $email})
SET a.name = coalesce($name, a.name), a.role = coalesce($role, a.role),
    a.programmes = coalesce($programmes, a.programmes), a.territories = coalesce($territories, a.territories),
    a.disabled = coalesce($disabled, a.disabled), a.passwordHash = coalesce($passwordHash, a.passwordHash),
    a.changedAt = datetime(), a.changedBy = $by
RETURN count(a) AS updated

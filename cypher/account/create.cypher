// A new account; an existing address is left as it is (created is then false: the caller says so).
MERGE (a:Account {email: $email})
ON CREATE SET a.name = $name, a.role = $role, a.passwordHash = $passwordHash, a.programmes = $programmes,
              a.territories = $territories, a.disabled = false, a.createdAt = datetime(), a.createdBy = $by,
              a.createdNow = true
WITH a, a.createdNow IS NOT NULL AS created
REMOVE a.createdNow
RETURN created

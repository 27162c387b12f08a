// A signed-in person's request: the session its cookie names (by the token's SHA-256), unexpired,
// with its account as it is now. A session used again after a minute has its idle deadline moved
// (at most one write a minute per person). A disabled or removed account's session is ended here.
MATCH (s:WebSession {key: $key})
WHERE s.expires > datetime()
OPTIONAL MATCH (a:Account {email: s.email})
WITH s, a, a IS NULL OR coalesce(a.disabled, false) AS ended
CALL (s, ended) {
  WITH s WHERE ended
  DELETE s
}
CALL (s, ended) {
  WITH s WHERE NOT ended AND s.seen < datetime() - duration('PT1M')
  SET s.seen = datetime(), s.expires = datetime() + duration($idle)
}
WITH a, ended WHERE NOT ended
RETURN a.email AS email, a.name AS name, a.role AS role, coalesce(a.programmes, []) AS programmes,
       coalesce(a.territories, []) AS territories

// What no longer counts, in batches so no transaction grows: sessions past their deadline, failed
// sign-ins older than the lockout window. Returns how many went.
CALL () {
  MATCH (s:WebSession) WHERE s.expires < datetime()
  WITH s LIMIT 10000
  DELETE s
  RETURN count(*) AS sessions
}
CALL () {
  MATCH (f:SignInFailure) WHERE f.at < datetime() - duration($lockout)
  WITH f LIMIT 10000
  DELETE f
  RETURN count(*) AS failures
}
RETURN sessions + failures AS removed

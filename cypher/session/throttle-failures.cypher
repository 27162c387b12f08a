// The failed sign-ins still within the lockout window, per key ('email:...' and 'client:...'), oldest first.
UNWIND $keys AS key
OPTIONAL MATCH (f:SignInFailure {key: key})
WHERE f.at > datetime() - duration($lockout)
WITH key, f ORDER BY f.at
RETURN key, [t IN collect(f.at) | t.epochMillis] AS times

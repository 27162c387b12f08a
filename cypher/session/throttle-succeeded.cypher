// A right password clears the address's failures (not the client's).
MATCH (f:SignInFailure {key: $key})
DELETE f

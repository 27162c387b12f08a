// A failed sign-in, under the address's key and the client's.
UNWIND $keys AS key
CREATE (:SignInFailure {key: key, at: datetime()})

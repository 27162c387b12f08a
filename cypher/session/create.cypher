// A session made at sign-in: the SHA-256 of the cookie's token (never the token), the account's
// address, and when it ends if unused. The session the request came with, if any, ends (no fixation).
OPTIONAL MATCH (old:WebSession {key: $previous})
DELETE old
CREATE (:WebSession {key: $key, email: $email, created: datetime(), seen: datetime(),
                     expires: datetime() + duration($idle)})

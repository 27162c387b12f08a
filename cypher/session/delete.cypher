// Signing out: the session ends for every instance of the service.
MATCH (s:WebSession {key: $key})
DELETE s

// alliance-graph schema, version 10.
// What one instance of the service knew alone and every instance must share (several instances behind
// a load balancer need no sticky sessions): signed-in sessions, failed sign-ins, uploads waiting.
CREATE CONSTRAINT web_session_key IF NOT EXISTS FOR (s:WebSession) REQUIRE s.key IS UNIQUE;
CREATE INDEX web_session_expires IF NOT EXISTS FOR (s:WebSession) ON (s.expires);
CREATE INDEX sign_in_failure_key IF NOT EXISTS FOR (f:SignInFailure) ON (f.key, f.at);
CREATE INDEX sign_in_failure_at IF NOT EXISTS FOR (f:SignInFailure) ON (f.at);
CREATE CONSTRAINT held_upload_id IF NOT EXISTS FOR (u:HeldUpload) REQUIRE u.id IS UNIQUE;
CREATE INDEX held_upload_expires IF NOT EXISTS FOR (u:HeldUpload) ON (u.expires);

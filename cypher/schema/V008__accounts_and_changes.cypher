// alliance-graph schema, version 8.
// People's accounts (signing in to the page): one per e-mail address, stored lower-cased.
CREATE CONSTRAINT account_email IF NOT EXISTS FOR (a:Account) REQUIRE a.email IS UNIQUE;
// Every write through the service records who made it and when, one Change node per write; an
// organisation's or an alliance's history reads this index newest first.
CREATE INDEX change_subject_at IF NOT EXISTS FOR (c:Change) ON (c.subjectKind, c.subject, c.at);

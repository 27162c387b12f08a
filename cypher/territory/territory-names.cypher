// Every territory a sheet may name in words: communes, EPCI, départements, régions, collectivités,
// France. Read once and indexed by name in memory (some 36,000 rows).
MATCH (t:Territory)
RETURN t.id AS id, t.name AS name, t.level AS level

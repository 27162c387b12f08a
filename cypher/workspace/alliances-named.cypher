// Alliances an upload names in words (a partner row's alliance column): by exact name, and by the
// full-text index (the caller keeps the names equal once accents and case are folded).
UNWIND $names AS name
CALL db.index.fulltext.queryNodes('actor_name_search', name, {limit: 10}) YIELD node
WITH node AS a WHERE a:Alliance
RETURN DISTINCT a.id AS id, a.name AS name

// alliance-graph schema, version 2: French elisions no longer hide a word from name search.
// The full-text analyzer keeps "l’innovation" as one token, so « l’innovation territoriale » was not
// found by "innovation". Names are now also stored with apostrophes turned into spaces
// (searchName, written with every name by the importer, the mutations and the reference loader,
// with this same expression), and the name indexes read that property beside the name itself (so
// nodes written by hand, without searchName, are still found by their name's words).
MATCH (n) WHERE n:Organisation OR n:Alliance OR n:Programme OR n:Territory
SET n.searchName = replace(replace(n.name, '’', ' '), "'", ' ');
DROP INDEX actor_name_search IF EXISTS;
DROP INDEX territory_name_search IF EXISTS;
CREATE FULLTEXT INDEX actor_name_search IF NOT EXISTS
FOR (n:Organisation|Alliance|Programme) ON EACH [n.name, n.searchName, n.acronym]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
CREATE FULLTEXT INDEX territory_name_search IF NOT EXISTS
FOR (n:Territory) ON EACH [n.name, n.searchName]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// The fragility domains, by code.
// Used by VocabularyController.fragilityDomains.
MATCH (d:FragilityDomain)
WITH d ORDER BY d.code
WITH collect(d {.*}) AS domains
OPTIONAL MATCH (meta:Dataset {id: 'vocabulary:fragility-domains'})
RETURN domains, meta {.*} AS meta

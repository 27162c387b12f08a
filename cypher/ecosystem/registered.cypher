// The denominators of a territory's ecosystem: the organisations located there that a registry lists
// (an RNA number or a SIREN) and are active, grouped by kind, NAF code and section and social objects, and
// whether each takes part in an alliance (any alliance, wherever it acts). One fragment finds the
// territory's organisations by its level, [count] groups them (with the fragility domains' labels);
// Java sums the groups.
// Départements and régions read the place keys (schema V004); an organisation spread over several
// (manyPlaces) has none and is not counted there.

// [commune] located in the commune
MATCH (o:Organisation)-[:LOCATED_IN]->(:Territory {id: $territory})

// [departement] by the département's place key
MATCH (o:Organisation) WHERE o.departement = $territory

// [region] by the région's place key
MATCH (o:Organisation) WHERE o.region = $territory

// [tree] located in a territory under it (an EPCI's communes, an overseas collectivité's)
MATCH (:Territory {id: $territory})<-[:PART_OF*1..2]-(:Territory)<-[:LOCATED_IN]-(o:Organisation)

// [country] every organisation
MATCH (o:Organisation)

// [count] the groups
WITH DISTINCT o
WHERE (o.rna IS NOT NULL OR o.siren IS NOT NULL) AND coalesce(o.active, true)
WITH o, EXISTS { (o)-[:PARTNER_IN]->(:Alliance) } AS allied
WITH o.kind AS kind, o.nafSection AS section, o.naf AS naf, coalesce(o.socialObjects, []) AS objects, allied, count(*) AS n
CALL () {
  MATCH (d:FragilityDomain)
  RETURN collect(d {.code, .labelFr, .labelEn}) AS domains
}
RETURN kind, section, naf, objects, allied, n, domains

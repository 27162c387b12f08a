// The impact types with their parent, by code.
// Used by VocabularyController.impactTypes.
MATCH (i:ImpactType)
OPTIONAL MATCH (i)-[:PART_OF]->(p:ImpactType)
RETURN i {.*, parent: p.code} AS i
ORDER BY coalesce(p.code, i.code), p.code IS NOT NULL, i.code

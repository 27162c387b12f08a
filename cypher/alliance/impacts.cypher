// The impact types each alliance of $ids aims at, with their parent type, by code.
// Used by AllianceQueries.impacts.
UNWIND $ids AS key
MATCH (:Alliance {id: key})-[:AIMS_AT]->(i:ImpactType)
OPTIONAL MATCH (i)-[:PART_OF]->(p:ImpactType)
RETURN key, i {.*, parent: p.code} AS i
ORDER BY i.code

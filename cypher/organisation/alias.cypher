// The organisation an id answers for once merged into another (null when it is no alias).
MATCH (:OrganisationAlias {id: $id})-[:ALIAS_OF]->(o:Organisation)
RETURN o.id AS id

// An organisation removed with its memberships, location and citations (an administrator's
// correction); aliases pointing to it go with it. True when there was one.
OPTIONAL MATCH (o:Organisation {id: $id})
OPTIONAL MATCH (alias:OrganisationAlias)-[:ALIAS_OF]->(o)
DETACH DELETE alias, o
RETURN o IS NOT NULL AS removed

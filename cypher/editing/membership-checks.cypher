// Before a membership is set, in one statement: whether the alliance, the organisation and the
// source it names exist, and what the membership holds now (null when there is none), written as
// editing/membership-written.cypher compares it after the write.
OPTIONAL MATCH (:Organisation {id: $organisation})-[r:PARTNER_IN {role: $role}]->(:Alliance {id: $alliance})
RETURN EXISTS { MATCH (:Alliance {id: $alliance}) } AS allianceFound,
       EXISTS { MATCH (:Organisation {id: $organisation}) } AS organisationFound,
       EXISTS { MATCH (:Source {id: $source}) } AS sourceFound,
       CASE WHEN r IS NULL THEN null
            ELSE [coalesce(toString(r.since), ''), coalesce(toString(r.until), ''), coalesce(r.source, ''),
                  coalesce(r.quote, ''), coalesce(toString(r.page), ''), coalesce(r.inferred, [])] END AS state

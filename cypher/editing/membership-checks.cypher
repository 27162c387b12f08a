// Before a membership is set, in one statement: whether the alliance, the organisation and the
// source it names exist.
RETURN EXISTS { MATCH (:Alliance {id: $alliance}) } AS allianceFound,
       EXISTS { MATCH (:Organisation {id: $organisation}) } AS organisationFound,
       EXISTS { MATCH (:Source {id: $source}) } AS sourceFound

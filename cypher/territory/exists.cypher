// Whether a territory of this id exists ($id): a lookup in the unique index on Territory.id.
RETURN EXISTS { (:Territory {id: $id}) } AS present

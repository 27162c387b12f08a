// Which of the ids an upload would give new organisations and alliances are taken already.
RETURN [id IN $organisations WHERE EXISTS { MATCH (:Organisation {id: id}) }] AS organisations,
       [id IN $alliances WHERE EXISTS { MATCH (:Alliance {id: id}) }] AS alliances,
       [id IN $sources WHERE EXISTS { MATCH (:Source {id: id}) }] AS sources

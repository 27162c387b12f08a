// The programmes and territories an account is to be limited to that do not exist.
RETURN [id IN $programmes WHERE NOT EXISTS { MATCH (:Programme {id: id}) }] AS programmes,
       [id IN $territories WHERE NOT EXISTS { MATCH (:Territory {id: id}) }] AS territories

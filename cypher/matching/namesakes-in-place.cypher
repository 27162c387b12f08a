// For first candidates taken as a match because they lie in the very place asked, while the name
// index's pool was full ($checks: [{key, id, name, territory}]): how many other organisations bear
// exactly the same name in the same territory. A namesake next door may have been left out of the
// pool; if one exists, the place does not decide.
UNWIND $checks AS c
MATCH (o:Organisation {name: c.name})-[:LOCATED_IN]->(:Territory {id: c.territory})
WHERE o.id <> c.id
RETURN c.key AS key, count(o) AS others

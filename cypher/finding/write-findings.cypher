// The findings of the demonstration data ($rows, from demo/findings.csv, one per finding with all its
// citations): the value, unit, statement, population, period, topic, the study, the territory it holds
// for, the actor kinds, fragility domains and SDG targets it is about, and every source that states
// it with its own quote (two documents wording a figure differently both stay). Then the finding each
// one updates, once all exist. Idempotent: links are rewritten from the rows.
UNWIND $rows AS row
MERGE (f:Finding {id: row.id})
SET f.value = row.value, f.unit = row.unit, f.population = row.population, f.period = row.period,
    f.year = row.year, f.topic = row.topic, f.statementFr = row.statementFr, f.statementEn = row.statementEn,
    f.actorKinds = row.actorKinds, f.note = row.note
WITH f, row
CALL (f) {
  MATCH (f)-[r:FROM_STUDY|HOLDS_FOR|CONCERNS|UPDATES|SOURCED_FROM]->() DELETE r
}
CALL (f, row) {
  MATCH (st:Study {id: row.study}) CREATE (f)-[:FROM_STUDY]->(st)
}
CALL (f, row) {
  MATCH (t:Territory {id: row.territory}) CREATE (f)-[:HOLDS_FOR]->(t)
}
CALL (f, row) {
  UNWIND row.sdgTargets AS code
  MATCH (t:SdgTarget {code: code}) CREATE (f)-[:CONCERNS]->(t)
}
CALL (f, row) {
  UNWIND row.fragilityDomains AS code
  MATCH (d:FragilityDomain {code: code}) CREATE (f)-[:CONCERNS]->(d)
}
CALL (f, row) {
  UNWIND row.citations AS c
  MATCH (s:Source {id: c.source})
  CREATE (f)-[:SOURCED_FROM {quote: c.quote, page: c.page}]->(s)
}
WITH collect(row) AS rows
UNWIND rows AS row
MATCH (f:Finding {id: row.id}), (earlier:Finding {id: row.updates})
CREATE (f)-[:UPDATES]->(earlier)

// The typologies the seeds define, in their order, each with its terms in order, and where each
// comes from (the source and the words that define it).
MATCH (y:Typology)-[ys:SOURCED_FROM]->(s:Source)
WITH y, ys, s ORDER BY y.rank
RETURN y {.code, .labelFr, .labelEn, .note} AS typology, s {.*} AS source, ys.quote AS quote, ys.page AS page,
       COLLECT {
         MATCH (t:TypologyTerm)-[:IN_TYPOLOGY]->(y)
         MATCH (t)-[ts:SOURCED_FROM]->(tsource:Source)
         WITH t, ts, tsource ORDER BY t.rank
         RETURN {term: t {.code, .labelFr, .labelEn}, source: tsource {.*}, quote: ts.quote, page: ts.page}
       } AS terms

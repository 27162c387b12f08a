// Whether an alliance lies within an editor's limits: it belongs to one of $programmes, or acts in
// one of $territories or in a territory inside one (communes in a département, départements in a
// région). exists is false when there is no such alliance yet.
OPTIONAL MATCH (a:Alliance {id: $id})
RETURN a IS NOT NULL AS exists,
       a IS NOT NULL AND (
         EXISTS { MATCH (a)-[:IN_PROGRAMME]->(p:Programme) WHERE p.id IN $programmes }
         OR EXISTS { MATCH (a)-[:ACTS_IN]->(:Territory)-[:PART_OF*0..6]->(t:Territory) WHERE t.id IN $territories }
       ) AS inScope

// Whether an organisation lies within an editor's limits: it takes part in an alliance within them
// (see alliance-in-scope.cypher), or it is located in one of $territories or inside one. exists is
// false when there is no such organisation yet (a new one may be made, then added to an alliance).
OPTIONAL MATCH (o:Organisation {id: $id})
RETURN o IS NOT NULL AS exists,
       o IS NOT NULL AND (
         EXISTS {
           MATCH (o)-[:PARTNER_IN]->(a:Alliance)
           WHERE EXISTS { MATCH (a)-[:IN_PROGRAMME]->(p:Programme) WHERE p.id IN $programmes }
              OR EXISTS { MATCH (a)-[:ACTS_IN]->(:Territory)-[:PART_OF*0..6]->(t:Territory) WHERE t.id IN $territories }
         }
         OR EXISTS { MATCH (o)-[:LOCATED_IN]->(:Territory)-[:PART_OF*0..6]->(t:Territory) WHERE t.id IN $territories }
       ) AS inScope

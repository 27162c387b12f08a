// The findings a question asks for, each whole in one row (study, programme, territory, targets,
// domains, sources, the finding it updates and those updating it): one statement for the GraphQL level.
// Every criterion is optional ($x IS NULL keeps all).
MATCH (f:Finding)
WHERE ($population IS NULL OR f.population = $population)
  AND ($topic IS NULL OR f.topic = $topic)
  AND ($actorKind IS NULL OR $actorKind IN f.actorKinds)
  AND ($from IS NULL OR f.year >= $from)
  AND ($to IS NULL OR f.year <= $to)
  AND ($study IS NULL OR EXISTS { (f)-[:FROM_STUDY]->(:Study {id: $study}) })
  AND ($programme IS NULL OR EXISTS { (f)-[:FROM_STUDY]->(:Study)-[:IN_PROGRAMME]->(:Programme {id: $programme}) })
  AND ($sdgTarget IS NULL OR EXISTS { (f)-[:CONCERNS]->(:SdgTarget {code: $sdgTarget}) })
  AND ($fragilityDomain IS NULL OR EXISTS { (f)-[:CONCERNS]->(:FragilityDomain {code: $fragilityDomain}) })
  AND ($territory IS NULL OR EXISTS { (f)-[:HOLDS_FOR]->(:Territory {id: $territory}) })
  // An ecosystem's scope: a territory's findings hold for it or a territory it lies in (France's hold for
  // every one); a goal's concern one of its targets; an organisation's concern its kind of actor.
  AND ($scopeTerritory IS NULL OR EXISTS { (:Territory {id: $scopeTerritory})-[:PART_OF*0..5]->(:Territory)<-[:HOLDS_FOR]-(f) })
  AND ($sdgGoal IS NULL OR EXISTS { (f)-[:CONCERNS]->(t:SdgTarget) WHERE t.code STARTS WITH $sdgGoal + '.' })
  AND ($organisation IS NULL OR EXISTS { MATCH (o:Organisation {id: $organisation}) WHERE o.kind IN f.actorKinds })
WITH f ORDER BY f.topic, f.population, f.year, f.id
LIMIT $first
OPTIONAL MATCH (f)-[:FROM_STUDY]->(st:Study)
OPTIONAL MATCH (st)-[:IN_PROGRAMME]->(p:Programme)
OPTIONAL MATCH (f)-[:HOLDS_FOR]->(t:Territory)
OPTIONAL MATCH (f)-[:UPDATES]->(earlier:Finding)
RETURN f {.*} AS finding,
       CASE WHEN st IS NULL THEN null ELSE st {.id, .name, .fieldwork, .population, programme: p.id,
         runBy: [(st)-[:RUN_BY]->(o:Organisation) | o {.id, .name}]} END AS study,
       CASE WHEN t IS NULL THEN null ELSE t {.id, .name} END AS territory,
       [(f)-[:CONCERNS]->(x:SdgTarget) | x.code] AS sdgTargets,
       [(f)-[:CONCERNS]->(d:FragilityDomain) | d.code] AS fragilityDomains,
       [(f)-[x:SOURCED_FROM]->(s:Source) | {source: s.id, title: s.title, publisher: s.publisher, date: toString(s.date),
         url: s.url, kind: s.kind, file: s.file, quote: x.quote, page: x.page}] AS sources,
       earlier.id AS updates,
       [(later:Finding)-[:UPDATES]->(f) | later.id] AS updatedBy

// The criteria of an organisation filter (OrganisationFilter, the GraphQL input
// OrganisationFilter): one predicate each on organisation `o`, written in only when the request
// gives that criterion; all of those given must hold. Values travel as parameters, named as below.

// [kinds] the organisation's kind is one of $kinds (OrganisationKind names)
o.kind IN $kinds

// [territory] it is located in territory $territory or in one inside it, down the administrative
// tree and through no EPCI (as alliance.cypher's territory: walked up from `o`)
EXISTS { MATCH tp = (o)-[:LOCATED_IN]->(:Territory)-[:PART_OF*0..4]->(top)
         WHERE top.id = $territory AND all(n IN nodes(tp)[2..-1] WHERE n.level <> 'EPCI') }

// [source] a source cites it
EXISTS { (o)-[:SOURCED_FROM]->(:Source {id: $source}) }

// [partnerIn] it is partner in at least one alliance that meets the filter's alliance criteria
// (alliance.cypher: modes, phases, SDG goal or target, programme, activeAt), by a membership in
// force on $activeAt
EXISTS { MATCH (o)-[pm:PARTNER_IN]->(pa:Alliance) WHERE true /*hop(pa, pm)*/ }

// Anchors: where a list of organisations in a territory starts (api.ListQuery), as for the
// alliances (alliance.cypher): an organisation is located in one territory, so each comes once and
// the estimate is exact.

// [territoryFrom] the organisations located in one of $territories, the territory and those inside it
UNWIND $territories AS anchorTerritory
MATCH (:Territory {id: anchorTerritory})<-[:LOCATED_IN]-(o:Organisation)

// [territoryIn] the same as a predicate: a set lookup, not a walk up the tree
EXISTS { MATCH (o)-[:LOCATED_IN]->(anchorPlace:Territory) WHERE anchorPlace.id IN $territories }

// [territoryEstimate]
UNWIND $territories AS anchorTerritory
MATCH (t:Territory {id: anchorTerritory})
RETURN sum(COUNT { (t)<-[:LOCATED_IN]-() }) AS estimate, labelled

// [territoryFromTop] for a territory with too many inside it to send as a list (France)
MATCH (top:Territory {id: $territory})
MATCH tp = (top)<-[:PART_OF*0..4]-(t:Territory)
WHERE all(n IN nodes(tp)[1..-1] WHERE n.level <> 'EPCI')
WITH DISTINCT t
MATCH (o:Organisation)-[:LOCATED_IN]->(t)
WITH DISTINCT o

// The criteria of an alliance filter (AllianceFilter, the GraphQL input AllianceFilter): one
// predicate each on alliance `a`, written in only when the request gives that criterion; all of
// those given must hold. The alliance lists use them as they are; the organisations' criteria
// (organisation.cypher, partnerIn) and the partners statements (../partners, hop slots) with `a`
// and `m` written as the slot names them. Values travel as parameters, named as below.

// [modes] the alliance's mode is one of $modes (AllianceMode names)
a.mode IN $modes

// [phases] its current innovation phase is one of $phases
a.currentPhase IN $phases

// [statuses] its status is one of $statuses
a.status IN $statuses

// [territory] it acts in territory $territory or in one inside it, down the administrative tree
// and through no EPCI (an EPCI may span départements). The upper end has no label on purpose: with
// one, the planner walked down from the territory once per candidate alliance (over 30 s for an SDG
// goal's alliances in a région of the L graph); unlabelled, it walks up from `a`, a few territories.
EXISTS { MATCH tp = (a)-[:ACTS_IN]->(:Territory)-[:PART_OF*0..4]->(top)
         WHERE top.id = $territory AND all(n IN nodes(tp)[2..-1] WHERE n.level <> 'EPCI') }

// [sdgTarget] it contributes to SDG target $sdgTarget ('17.17')
EXISTS { (a)-[:CONTRIBUTES_TO]->(:SdgTarget {code: $sdgTarget}) }

// [sdgGoal] it contributes to a target of SDG goal $sdgGoal ('17')
EXISTS { (a)-[:CONTRIBUTES_TO]->(:SdgTarget)-[:PART_OF]->(:SdgGoal {code: $sdgGoal}) }

// [fragilityDomains] it addresses one of the fragility domains $fragilityDomains
EXISTS { MATCH (a)-[:ADDRESSES]->(d:FragilityDomain) WHERE d.code IN $fragilityDomains }

// [programme] it belongs to programme (dispositif) $programme
EXISTS { (a)-[:IN_PROGRAMME]->(:Programme {id: $programme}) }

// [source] a source cites it
EXISTS { (a)-[:SOURCED_FROM]->(:Source {id: $source}) }

// [activeAt] it is in force on $activeAt; one marked ended with no end date is taken as not in force
(a.startDate IS NULL OR a.startDate <= $activeAt) AND (a.endDate IS NULL OR a.endDate >= $activeAt)
AND NOT (a.status = 'TERMINEE' AND a.endDate IS NULL)

// [partner] organisation $partner is partner in it
EXISTS { (a)<-[:PARTNER_IN]-(:Organisation {id: $partner}) }

// [partnerKinds] one of its partners is of a kind in $partnerKinds
EXISTS { MATCH (a)<-[:PARTNER_IN]-(k:Organisation) WHERE k.kind IN $partnerKinds }

// [inForce] membership `m` is in force on $activeAt (written only when the filter has activeAt)
(m.since IS NULL OR m.since <= $activeAt) AND (m.until IS NULL OR m.until >= $activeAt)

// Anchors: where a list of alliances starts instead of testing every alliance (api.ListQuery),
// for the filter's most selective criterion: a head that binds each alliance `a` once (From), and
// a statement that returns `estimate`, how many alliances the head binds at most, without binding
// them, beside `labelled` (every alliance), bound before it (Estimate). The criterion's predicate
// above serves when the rows start from the label in name order instead.

// [partnerFrom] the partner's alliances (several roles in one alliance are several memberships)
MATCH (:Organisation {id: $partner})-[:PARTNER_IN]->(a:Alliance)
WITH DISTINCT a

// [partnerEstimate]
OPTIONAL MATCH (o:Organisation {id: $partner})
RETURN COUNT { (o)-[:PARTNER_IN]->() } AS estimate, labelled

// [programmeFrom] the programme's alliances
MATCH (:Programme {id: $programme})<-[:IN_PROGRAMME]-(a:Alliance)

// [programmeEstimate]
OPTIONAL MATCH (p:Programme {id: $programme})
RETURN COUNT { (p)<-[:IN_PROGRAMME]-() } AS estimate, labelled

// [sdgTargetFrom] the SDG target's alliances
MATCH (:SdgTarget {code: $sdgTarget})<-[:CONTRIBUTES_TO]-(a:Alliance)

// [sdgTargetEstimate]
OPTIONAL MATCH (t:SdgTarget {code: $sdgTarget})
RETURN COUNT { (t)<-[:CONTRIBUTES_TO]-() } AS estimate, labelled

// [territoryFrom] the alliances acting in one of $territories, the territory and those inside it
// (territory.TerritoryPlaces.within); an alliance acting in several of them comes once
UNWIND $territories AS anchorTerritory
MATCH (:Territory {id: anchorTerritory})<-[:ACTS_IN]-(a:Alliance)
WITH DISTINCT a

// [territoryIn] the same as a predicate: a set lookup, not a walk up the tree
EXISTS { MATCH (a)-[:ACTS_IN]->(anchorPlace:Territory) WHERE anchorPlace.id IN $territories }

// [territoryEstimate]
UNWIND $territories AS anchorTerritory
MATCH (t:Territory {id: anchorTerritory})
RETURN sum(COUNT { (t)<-[:ACTS_IN]-() }) AS estimate, labelled

// [territoryFromTop] for a territory with too many inside it to send as a list (France): walked down
// from $territory in the database; its estimate is the whole label
MATCH (top:Territory {id: $territory})
MATCH tp = (top)<-[:PART_OF*0..4]-(t:Territory)
WHERE all(n IN nodes(tp)[1..-1] WHERE n.level <> 'EPCI')
WITH DISTINCT t
MATCH (a:Alliance)-[:ACTS_IN]->(t)
WITH DISTINCT a

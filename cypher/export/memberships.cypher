// The edges of a bipartite export: each membership of a kept alliance, with its role, dates (the
// alliance's when the membership has none) and the source and quote it is taken from.
UNWIND $allianceIds AS aid
MATCH (a:Alliance {id: aid})<-[r:PARTNER_IN]-(o)
WHERE o.id IN $actorIds
RETURN o.id AS organisation, aid AS alliance, r.role AS role, r.since AS since, r.until AS until,
       a.startDate AS allianceStart, a.endDate AS allianceEnd, r.source AS source, r.quote AS quote, r.page AS page

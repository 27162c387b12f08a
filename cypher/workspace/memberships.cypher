// The memberships an upload names, as they are now: ($pairs: [{alliance, organisation}]).
UNWIND $pairs AS pair
MATCH (:Organisation {id: pair.organisation})-[r:PARTNER_IN]->(:Alliance {id: pair.alliance})
RETURN pair.alliance AS alliance, pair.organisation AS organisation, r.role AS role, toString(r.since) AS since,
       toString(r.until) AS until

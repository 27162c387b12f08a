// Removes one membership ($organisation, $role, $alliance); an organisation left in no alliance loses the Allied label.
// Used by EditingService.removeMembership.
MATCH (o:Organisation {id: $organisation})-[r:PARTNER_IN {role: $role}]->(:Alliance {id: $alliance})
DELETE r
WITH o
CALL (o) {
  WITH o WHERE NOT EXISTS { (o)-[:PARTNER_IN]->(:Alliance) }
  REMOVE o:Allied
}
RETURN count(*) AS removed

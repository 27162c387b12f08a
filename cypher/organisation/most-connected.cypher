// The organisations taking part in the most alliances (the landing page's starting points): the
// degree from the count store, one pass over the organisations; kept until the graph changes.
MATCH (o:Organisation)
WITH o, COUNT { (o)-[:PARTNER_IN]->() } AS alliances
ORDER BY alliances DESC, o.name
LIMIT $first
RETURN o {.*} AS o, alliances

// alliance-graph schema, version 11.
// Organisations partner in at least one alliance carry the label Allied (kept by every write of a
// membership: writing.GraphWrites, editing). With the registries loaded most organisations of a
// région are in no alliance; a territory's allied ones are then read from these indexes instead of
// walking every located organisation and its memberships, and the unallied ones are counted as the
// territory's located organisations (relationship degrees) less the allied ones.
MATCH (o:Organisation) WHERE EXISTS { (o)-[:PARTNER_IN]->(:Alliance) } AND NOT o:Allied
SET o:Allied;
CREATE INDEX allied_departement IF NOT EXISTS FOR (n:Allied) ON (n.departement);
CREATE INDEX allied_region IF NOT EXISTS FOR (n:Allied) ON (n.region);
CREATE INDEX allied_many_places IF NOT EXISTS FOR (n:Allied) ON (n.manyPlaces);

// alliance-graph schema, version 4.
// Each organisation keeps the ids of the département and the région it lies in (GraphWrites.PLACE_KEYS
// sets them on every write), so that a list of a département's or région's organisations reads these
// indexes in name order and stops at the page's end: on the L graph 1,450 db hits for a département's
// first page with the total, against 8,146 gathering the answer from its communes. Organisations in an
// EPCI across départements have no single key: manyPlaces marks them, and lists walk the tree for them.
CREATE INDEX organisation_departement_name IF NOT EXISTS FOR (n:Organisation) ON (n.departement, n.name);
CREATE INDEX organisation_region_name IF NOT EXISTS FOR (n:Organisation) ON (n.region, n.name);
CREATE INDEX organisation_many_places IF NOT EXISTS FOR (n:Organisation) ON (n.manyPlaces);
// The organisations already stored get their keys (a database started before this version).
MATCH (o:Organisation)
CALL (o) {
  OPTIONAL MATCH (o)-[:LOCATED_IN]->(t:Territory)
  OPTIONAL MATCH p = (t)-[:PART_OF*0..4]->(d:Territory)
  WHERE d.level IN ['DEPARTEMENT', 'REGION'] AND all(n IN nodes(p)[1..-1] WHERE n.level <> 'EPCI')
  WITH collect(DISTINCT CASE WHEN d.level = 'DEPARTEMENT' THEN d.id END) AS ds,
       collect(DISTINCT CASE WHEN d.level = 'REGION' THEN d.id END) AS rs
  SET o.departement = CASE WHEN size(ds) = 1 THEN ds[0] END, o.region = CASE WHEN size(rs) = 1 THEN rs[0] END,
      o.manyPlaces = CASE WHEN size(ds) > 1 OR size(rs) > 1 THEN true END
};

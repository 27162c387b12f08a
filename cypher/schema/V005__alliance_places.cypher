// alliance-graph schema, version 5.
// Each alliance is linked to every département and région it acts in, by IN_PLACE relationships that
// carry the place's id and the alliance's name (GraphWrites.ALLIANCE_PLACES keeps them on every write;
// the start-up sets them for alliances stored before this version, see ReferenceDataLoader). A list of
// the alliances acting in a département or région reads this index in name order and stops at the
// page's end, instead of gathering the answer from every territory inside it or testing alliances in
// name order one by one.
CREATE INDEX alliance_in_place_name IF NOT EXISTS FOR ()-[p:IN_PLACE]-() ON (p.place, p.name);

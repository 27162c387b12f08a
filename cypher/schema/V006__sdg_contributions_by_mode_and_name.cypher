// alliance-graph schema, version 6.
// Each SDG contribution (CONTRIBUTES_TO) carries its target's code and its alliance's mode and name
// (the write statements of GraphWrites keep them), so that a list of the alliances of one mode
// contributing to one target reads this index in name order and stops at the page's end, and counts
// its total from the index, instead of testing every alliance of the target (about 150,000 carry
// 17.17 in the L graph).
CREATE INDEX sdg_contribution_mode_name IF NOT EXISTS FOR ()-[c:CONTRIBUTES_TO]-() ON (c.target, c.mode, c.name);
// The contributions already stored get them (a database started before this version).
MATCH (a:Alliance)-[c:CONTRIBUTES_TO]->(t:SdgTarget)
SET c.target = t.code, c.mode = a.mode, c.name = a.name;

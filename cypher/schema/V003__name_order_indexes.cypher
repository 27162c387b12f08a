// alliance-graph schema, version 3.
// Lists ordered by name read the name index in order and stop at the page's end when the answer is a
// large part of the graph (a région's organisations): without the index, every answer was collected
// and sorted before the first row, so a page cost the answer, not the page.
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX alliance_name IF NOT EXISTS FOR (n:Alliance) ON (n.name);

// Every dated phase as a row of phases.csv.
// Used by FolderExport.PHASES.
// Dated phases; an undated one (a current phase given without its date) rides on the alliance row.
MATCH (a:Alliance)-[r:AT_PHASE]->(p:InnovationPhase)
WHERE r.since IS NOT NULL
RETURN a.id AS alliance, p.code AS phase, r.since AS since, r.until AS until, r.source AS source,
       r.quote AS quote, r.page AS page
ORDER BY alliance, since, p.rank

// alliance-graph schema, version 1.
// Every node kind has a natural key under a uniqueness constraint: imports MERGE on it, so a
// second import of the same rows changes nothing.
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alliance_id IF NOT EXISTS FOR (n:Alliance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT territory_id IF NOT EXISTS FOR (n:Territory) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sdg_goal_code IF NOT EXISTS FOR (n:SdgGoal) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT sdg_target_code IF NOT EXISTS FOR (n:SdgTarget) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT innovation_phase_code IF NOT EXISTS FOR (n:InnovationPhase) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT fragility_domain_code IF NOT EXISTS FOR (n:FragilityDomain) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT impact_type_code IF NOT EXISTS FOR (n:ImpactType) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;

// Filters used by the API.
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX organisation_siren IF NOT EXISTS FOR (n:Organisation) ON (n.siren);
CREATE INDEX organisation_rna IF NOT EXISTS FOR (n:Organisation) ON (n.rna);
CREATE INDEX alliance_mode IF NOT EXISTS FOR (n:Alliance) ON (n.mode);
CREATE INDEX alliance_start_date IF NOT EXISTS FOR (n:Alliance) ON (n.startDate);
CREATE INDEX territory_level IF NOT EXISTS FOR (n:Territory) ON (n.level);
CREATE INDEX territory_code IF NOT EXISTS FOR (n:Territory) ON (n.code);

// Name search that ignores accents and case ("Fondation Abbe pierre" finds "Fondation Abbé Pierre").
CREATE FULLTEXT INDEX actor_name_search IF NOT EXISTS
FOR (n:Organisation|Alliance|Programme) ON EACH [n.name, n.acronym]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
CREATE FULLTEXT INDEX territory_name_search IF NOT EXISTS
FOR (n:Territory) ON EACH [n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

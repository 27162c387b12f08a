// alliance-graph schema, version 9.
// An organisation merged into another leaves its id behind as an alias of the one kept, so links
// and lists made with the old id still find it.
CREATE CONSTRAINT organisation_alias_id IF NOT EXISTS FOR (a:OrganisationAlias) REQUIRE a.id IS UNIQUE;

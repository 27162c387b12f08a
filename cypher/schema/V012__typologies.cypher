// alliance-graph schema, version 12.
// The typologies the seeds define (mayor profiles, forms and degrees of evaluation, kinds of
// territorial engineering) and their terms, keyed by code (a term's code within its typology).
CREATE CONSTRAINT typology_code IF NOT EXISTS FOR (n:Typology) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT typology_term_key IF NOT EXISTS FOR (n:TypologyTerm) REQUIRE (n.typology, n.code) IS UNIQUE;

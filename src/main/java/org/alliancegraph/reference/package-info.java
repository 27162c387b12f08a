/**
 * Reference data every alliance-graph database holds: the SDG goals and targets, the French
 * administrative divisions, the innovation phases, fragility domains and impact types; and the
 * start-up sequence (schema, reference data, demonstration data) that puts them in place.
 */
package org.alliancegraph.reference;

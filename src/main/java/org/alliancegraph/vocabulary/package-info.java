/**
 * The typologies of co-construction (Le RAMEAU's vocabulary): organisation kinds, alliance modes,
 * statuses, partner roles, innovation phases, evidence bases, and the reference vocabularies users
 * browse (fragility domains, impact types). Uses {@code graph} and {@code source}; alliances and
 * organisations use it, never the other way round.
 */
package org.alliancegraph.vocabulary;

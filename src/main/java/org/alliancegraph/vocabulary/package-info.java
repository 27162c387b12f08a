/** The reference vocabularies users browse: innovation phases, fragility domains, impact types. */
package org.alliancegraph.vocabulary;

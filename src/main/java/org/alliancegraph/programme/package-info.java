/**
 * Programmes and dispositifs (Observatoire des partenariats, PHARE, IMPACT, Fonds ODD 17, ...). Their
 * alliances and operators are answered by {@code alliance} and {@code organisation}; this module uses
 * only {@code graph} and {@code source}.
 */
package org.alliancegraph.programme;

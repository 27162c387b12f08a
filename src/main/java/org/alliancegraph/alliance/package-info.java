/**
 * Alliances: their reads, filters and GraphQL fields, with their territories, SDG contributions,
 * phase history and programmes, and the alliances seen from an SDG target or a programme. Knows no
 * organisation: memberships and partners belong to {@code organisation}, which depends on this module.
 * Uses {@code graph}, {@code api}, {@code vocabulary}, {@code sdg}, {@code programme}, {@code source},
 * {@code territory}.
 */
package org.alliancegraph.alliance;

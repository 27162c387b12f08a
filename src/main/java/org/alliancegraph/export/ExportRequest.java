package org.alliancegraph.export;

import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.ecosystem.EcosystemScope;

/**
 * One export: the scope (an ecosystem's, or a partners query's as an organisation with a radius),
 * the alliance filter, the shape, an optional node budget, whether bridge scores are wanted, and
 * the language of titles and labels.
 *
 * @param partners true when asked as a partners query ({@code organisation}, {@code depth})
 */
record ExportRequest(EcosystemScope scope, AllianceFilter filter, ExportShape shape, Integer maxNodes,
        boolean betweenness, Lang lang, boolean partners) {
}

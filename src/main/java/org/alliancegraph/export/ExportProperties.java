package org.alliancegraph.export;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the exports.
 *
 * @param maxElements        nodes plus edges a file may hold; a larger export is refused before any byte is sent
 * @param bridgesUpToNodes   bridge (betweenness) scores are computed for exports of at most this many nodes
 * @param transactionTimeout how long the database may work for one export before it is stopped
 */
@ConfigurationProperties("alliance-graph.export")
public record ExportProperties(@DefaultValue("1000000") int maxElements, @DefaultValue("10000") int bridgesUpToNodes,
        @DefaultValue("5m") Duration transactionTimeout) {
}

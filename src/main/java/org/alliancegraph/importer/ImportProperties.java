package org.alliancegraph.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Imports sent to the running service ({@code POST /admin/imports}).
 *
 * @param maxUploadSize the largest import folder accepted, once unpacked (the L graph's is 125 MB)
 * @param keptJobs      finished jobs kept for {@code GET /admin/imports/{id}}; older ones are forgotten
 */
@ConfigurationProperties("alliance-graph.import")
record ImportProperties(@DefaultValue("1GB") DataSize maxUploadSize, @DefaultValue("50") int keptJobs) {
}

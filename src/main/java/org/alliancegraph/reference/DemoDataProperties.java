package org.alliancegraph.reference;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demonstration dataset (the organisations and alliances of Le RAMEAU's documents, {@code demo/}).
 *
 * @param enabled load it at start when this version of it is not there yet; off in the {@code prod}
 *                profile and for the {@code import} and {@code export} commands
 */
@ConfigurationProperties("alliance-graph.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled) {
}

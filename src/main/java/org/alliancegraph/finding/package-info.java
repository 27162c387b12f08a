/**
 * What the studies found: the Observatoire des partenariats' surveys ({@code Study}) and the figures
 * they measured ({@code Finding}: a value, its unit, the population and period it holds for, its topic),
 * each with every source that states it and its own quote, linked to the programme, the polling
 * institutes, the territory, the SDG targets and fragility domains it is about and the earlier finding
 * it updates. Loaded with the demonstration data; asked through {@code Query.findings}.
 */
package org.alliancegraph.finding;

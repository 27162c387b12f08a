/**
 * The Sustainable Development Goals (ODD) and their targets. The alliances contributing to a target
 * are answered by {@code alliance}; this module uses only {@code graph}.
 */
package org.alliancegraph.sdg;

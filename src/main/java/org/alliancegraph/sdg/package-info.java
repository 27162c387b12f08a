/** The Sustainable Development Goals (ODD) and their targets, and the alliances contributing to them. */
package org.alliancegraph.sdg;

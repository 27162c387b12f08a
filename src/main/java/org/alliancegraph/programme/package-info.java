/** Programmes and dispositifs (Observatoire des partenariats, PHARE, IMPACT, Fonds ODD 17, ...). */
package org.alliancegraph.programme;

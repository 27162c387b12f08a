/** Name search across organisations, alliances and programmes, and the graph's counts. */
package org.alliancegraph.search;

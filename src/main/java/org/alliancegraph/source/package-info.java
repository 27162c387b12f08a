/** Where facts come from: the Source documents and the provenance (quote, page) of each fact. */
package org.alliancegraph.source;

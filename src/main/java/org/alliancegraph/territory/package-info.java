/** The French administrative hierarchy (COG) and the GraphQL fields of territories. */
package org.alliancegraph.territory;

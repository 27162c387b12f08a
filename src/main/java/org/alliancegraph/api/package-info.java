/** What the GraphQL layer shares: input errors, their translation into GraphQL errors, scalars. */
package org.alliancegraph.api;

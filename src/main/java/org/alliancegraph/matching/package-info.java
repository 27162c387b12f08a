/**
 * Matching: which organisation of the graph a name (with its commune, département, SIREN or RNA) is.
 * It owns the name forms (case, accents, elisions, legal-form words, abbreviations, acronyms, word
 * order, a typo), the candidates' scores and reasons, the decision to call one a match, and the ways
 * to ask: GraphQL ({@code matchOrganisations}) and the W3C Entity Reconciliation Service API at
 * {@code /reconcile}, the protocol OpenRefine speaks.
 */
package org.alliancegraph.matching;

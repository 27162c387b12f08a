/**
 * A manager's workspace in the page: spreadsheets as people have them (.xlsx, .csv with `,` or `;`,
 * UTF-8 or Windows-1252, French headers, JJ/MM/AAAA dates, one sheet per kind or one sheet of partner
 * rows) turned into the import format, previewed (new, changed field by field, unchanged, rejected
 * rows, organisations that may already be in the graph) and then written all-or-nothing by the
 * importer, within the person's limits, each node written recorded in its history.
 */
package org.alliancegraph.workspace;

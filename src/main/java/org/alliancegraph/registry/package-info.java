/**
 * France's open registries in the graph: the Répertoire National des Associations (RNA) files as the
 * Ministry of the Interior publishes them, read as they come (zips of one CSV per département, or
 * CSVs; UTF-8 or Windows-1252; {@code ;} or {@code ,}), streamed in batches so that memory does not
 * grow with the file, written idempotently (a row that did not change writes nothing), an
 * organisation already in the graph with the same RNA number completed rather than duplicated, and
 * the registry file and its date as the source of what it says.
 */
package org.alliancegraph.registry;

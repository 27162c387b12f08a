/**
 * The import path: a documented folder of UTF-8 CSV files (see docs/import-format.md) validated row by
 * row and written in batched, idempotent UNWIND + MERGE transactions. The demonstration dataset and
 * users' own data go through the same code.
 */
package org.alliancegraph.importer;

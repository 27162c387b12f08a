/** Deterministic synthetic graphs of chosen size, in the import format, for benchmarks and scale tests. */
package org.alliancegraph.generator;

/** Test support shared by the test suite and the benchmark: the driver-level statement recorder. */
package org.alliancegraph.support;

/** Test support shared by the test suite and the benchmark: the driver-level statement recorder, the shared tester settings and a fixed generated graph. */
package org.alliancegraph.support;

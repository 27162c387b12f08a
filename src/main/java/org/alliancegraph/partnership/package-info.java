/**
 * Who partners with whom: partners and partners of partners up to three alliances away, and the
 * shortest partnership paths between two organisations, each through alliances matching a filter.
 */
package org.alliancegraph.partnership;

package org.alliancegraph.editing;

import java.util.Map;

import org.alliancegraph.access.Access;
import org.alliancegraph.access.Scope;
import org.alliancegraph.api.AccessDeniedException;
import org.alliancegraph.graph.CypherText;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * An editor limited to programmes or territories writes only there: the alliances of those programmes
 * or acting in those territories, and the organisations taking part in them (or located there); a
 * new organisation may be made. Checked in the write's transaction, before it (what the node is) and,
 * for alliances, after it (what the write made of it: moving an alliance out of one's limits, or
 * making one outside them, is refused and rolled back). Unlimited callers pass without a statement.
 */
@Component
class WriteScope {

    private static final String ALLIANCE = CypherText.read("editing/alliance-in-scope.cypher");
    private static final String ORGANISATION = CypherText.read("editing/organisation-in-scope.cypher");

    private final Neo4jClient client;

    WriteScope(Neo4jClient client) {
        this.client = client;
    }

    /** Refuses when the alliance exists and lies outside the caller's limits. */
    void allianceBefore(String id, String path) {
        check(ALLIANCE, "alliance", id, path, false);
    }

    /** Refuses (the transaction then rolls back) when the alliance, as written, lies outside the caller's limits. */
    void allianceAfter(String id, String path) {
        check(ALLIANCE, "alliance", id, path, true);
    }

    /** Refuses when the organisation exists and lies outside the caller's limits. */
    void organisation(String id, String path) {
        check(ORGANISATION, "organisation", id, path, false);
    }

    /** A limited editor cites sources and adds new ones; changing an existing one (others' facts cite it) is refused. */
    void source(String id, boolean exists) {
        Scope scope = Access.scope();
        if (scope.limited() && exists) {
            throw new AccessDeniedException(ErrorType.FORBIDDEN, "the source '" + id + "' exists and facts outside your limits ("
                    + scope.describe() + ") may cite it: cite it as it is, or ask an administrator to correct it");
        }
    }

    private void check(String statement, String what, String id, String path, boolean mustExist) {
        Scope scope = Access.scope();
        if (!scope.limited() || id == null) {
            return;
        }
        Map<String, Object> found = client.query(statement)
                .bindAll(Map.of("id", id, "programmes", scope.programmes(), "territories", scope.territories()))
                .fetch().one().orElseThrow();
        boolean exists = Boolean.TRUE.equals(found.get("exists"));
        if ((exists || mustExist) && !Boolean.TRUE.equals(found.get("inScope"))) {
            throw new AccessDeniedException(ErrorType.FORBIDDEN, "the " + what + " '" + id + "' ("
                    + path + ") " + (mustExist ? "would lie" : "lies") + " outside your limits: you write the alliances of your "
                    + scope.describe() + " and their organisations" + (mustExist ? "; give it one of them" : "")
                    + "; ask an administrator for anything else");
        }
    }
}

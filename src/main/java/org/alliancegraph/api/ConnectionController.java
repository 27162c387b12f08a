package org.alliancegraph.api;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code totalCount} of the connections: the count query runs only when a client selects the field,
 * and here, inside a read-only transaction, so a cluster routes it to a follower like every read.
 */
@Controller
@Transactional(readOnly = true)
class ConnectionController {

    @SchemaMapping(typeName = "OrganisationConnection", field = "totalCount")
    int organisationCount(Connection<?> connection) {
        return connection.totalCount();
    }

    @SchemaMapping(typeName = "AllianceConnection", field = "totalCount")
    int allianceCount(Connection<?> connection) {
        return connection.totalCount();
    }
}

package org.alliancegraph.api;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code totalCount} of the connections: the count query runs only when a client selects the field,
 * through the list's {@code @Reads} client, so a cluster routes it to a reader like every read.
 */
@Controller
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

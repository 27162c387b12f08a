package org.alliancegraph.source;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SourceController {

    private final ProvenanceQueries queries;

    SourceController(ProvenanceQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    List<Source> sources() {
        return queries.allSources();
    }

    @QueryMapping
    Source source(@Argument String id) {
        return queries.source(id).orElse(null);
    }
}

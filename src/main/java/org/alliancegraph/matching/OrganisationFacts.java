package org.alliancegraph.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.graph.CypherText;
import org.alliancegraph.organisation.Organisation;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** What the reconciliation service says of organisations it returned: data extension, preview, suggest. */
@Component
class OrganisationFacts {

    private static final String EXTEND = CypherText.read("matching/extend.cypher");
    private static final String SUGGEST = CypherText.read("matching/suggest.cypher");

    /** An organisation with its place and its alliances' names. */
    record Facts(Organisation organisation, String territory, String territoryName, List<String> alliances) {
    }

    /** An organisation offered as the user types, with the territory it is in. */
    record Suggested(Organisation organisation, String territoryName) {
    }

    private final Neo4jClient client;

    OrganisationFacts(Neo4jClient client) {
        this.client = client;
    }

    /** The facts of the organisations with these ids, by id (unknown ids left out). */
    Map<String, Facts> of(List<String> ids) {
        Map<String, Facts> facts = new LinkedHashMap<>();
        client.query(EXTEND).bind(ids).to("ids").fetchAs(Facts.class)
                .mappedBy((t, r) -> new Facts(Organisation.from(r.get("o")), r.get("territory").asString(null),
                        r.get("territoryName").asString(null), r.get("alliances").asList(v -> v.asString())))
                .all().forEach(f -> facts.put(f.organisation().id(), f));
        return facts;
    }

    List<Suggested> suggest(String prefix, int cursor, int limit) {
        List<String> words = NameForms.words(prefix);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> terms = new ArrayList<>(words);
        terms.set(terms.size() - 1, terms.getLast() + "*");
        return List.copyOf(client.query(SUGGEST)
                .bindAll(Map.of("id", prefix.strip(), "text", String.join(" ", terms), "cursor", cursor, "limit", limit))
                .fetchAs(Suggested.class)
                .mappedBy((t, r) -> new Suggested(Organisation.from(r.get("o")), r.get("territoryName").asString(null)))
                .all());
    }
}

package org.alliancegraph.vocabulary;

import java.util.List;

import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.source.Provenance;
import org.alliancegraph.source.Source;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code typologies}: the typologies the documents define (the five mayor profiles, the forms and
 * degrees of evaluation, the kinds of territorial engineering), each term with the words that
 * define it, read in one statement.
 */
@Controller
class TypologyController {

    record TypologyTerm(String code, Label label, List<Provenance> provenance) {
    }

    record Typology(String code, Label label, String note, List<Provenance> provenance, List<TypologyTerm> terms) {
    }

    private static final String TYPOLOGIES = CypherText.read("reference/typologies.cypher");

    private final Neo4jClient client;

    TypologyController(Neo4jClient client) {
        this.client = client;
    }

    @QueryMapping
    List<Typology> typologies() {
        return List.copyOf(client.query(TYPOLOGIES).fetchAs(Typology.class).mappedBy((t, r) -> {
            Value y = r.get("typology");
            List<TypologyTerm> terms = r.get("terms").asList(v -> new TypologyTerm(Rows.str(v.get("term"), "code"),
                    label(v.get("term")), List.of(new Provenance(Source.from(v.get("source")), Rows.str(v, "quote"), Rows.str(v, "page")))));
            return new Typology(Rows.str(y, "code"), label(y), Rows.str(y, "note"),
                    List.of(new Provenance(Source.from(r.get("source")), r.get("quote").asString(null), r.get("page").asString(null))), terms);
        }).all());
    }

    private static Label label(Value v) {
        return new Label(Rows.str(v, "labelFr"), Rows.str(v, "labelEn"));
    }
}

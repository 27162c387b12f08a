package org.alliancegraph.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.alliancegraph.graph.Batch;
import org.alliancegraph.graph.CodedTerm;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Labelled;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.graph.Reads;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.source.Provenance;
import org.alliancegraph.source.ProvenanceQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The reference vocabularies, read from the graph (where the Cypher reference script put them). */
@Controller
class VocabularyController {

    record PhaseInfo(InnovationPhase code, int rank, Label label) {
    }

    record FragilityDomainList(boolean complete, Integer expectedCount, String note, List<CodedTerm> domains) {
    }

    /** A code users filter on, with its label: the enums' own, so no query is needed. */
    record Term(String code, Label label) {
    }

    record Vocabulary(List<Term> allianceModes, List<Term> organisationKinds, List<Term> partnerRoles,
            List<Term> allianceStatuses, List<Term> innovationPhases) {
    }

    private static final Vocabulary VOCABULARY = new Vocabulary(
            terms(AllianceMode.values()),
            terms(OrganisationKind.values()),
            terms(PartnerRole.values()),
            terms(AllianceStatus.values()), terms(InnovationPhase.values()));

    private static <E extends Enum<E> & Labelled> List<Term> terms(E[] values) {
        return Arrays.stream(values).map(v -> new Term(v.name(), v.label())).toList();
    }

    private final Neo4jClient client;
    private final ProvenanceQueries provenance;

    @QueryMapping
    Vocabulary vocabulary() {
        return VOCABULARY;
    }

    VocabularyController(@Reads Neo4jClient client, ProvenanceQueries provenance) {
        this.client = client;
        this.provenance = provenance;
    }

    @QueryMapping
    List<PhaseInfo> innovationPhases() {
        return List.copyOf(client.query("MATCH (p:InnovationPhase) RETURN p {.*} AS p ORDER BY p.rank")
                .fetchAs(PhaseInfo.class).mappedBy((t, r) -> {
                    CodedTerm term = CodedTerm.from(r.get("p"));
                    return new PhaseInfo(InnovationPhase.valueOf(term.code()), term.rank(), term.label());
                }).all());
    }

    @BatchMapping(typeName = "PhaseInfo")
    Map<PhaseInfo, List<Provenance>> provenance(List<PhaseInfo> phases) {
        Function<PhaseInfo, String> code = p -> p.code().name();
        return Batch.perParent(phases, code, provenance.byKey(NodeLabel.InnovationPhase, "code", Batch.keys(phases, code)), List.of());
    }

    private static final String FRAGILITY_DOMAINS = CypherText.read("vocabulary/fragility-domains.cypher");

    @QueryMapping
    FragilityDomainList fragilityDomains() {
        return client.query(FRAGILITY_DOMAINS)
                .fetchAs(FragilityDomainList.class).mappedBy((t, r) -> {
                    var meta = r.get("meta");
                    List<CodedTerm> domains = Rows.list(r.get("domains"), CodedTerm::from);
                    Integer expected = meta.isNull() ? null : Rows.integer(meta, "expectedCount");
                    return new FragilityDomainList(expected == null || domains.size() >= expected, expected,
                            meta.isNull() ? null : Rows.str(meta, "note"), domains);
                }).one().orElseThrow();
    }

    private static final String IMPACT_TYPES = CypherText.read("vocabulary/impact-types.cypher");

    @QueryMapping
    List<CodedTerm> impactTypes() {
        return List.copyOf(client.query(IMPACT_TYPES)
                .fetchAs(CodedTerm.class).mappedBy((t, r) -> CodedTerm.from(r.get("i"))).all());
    }
}

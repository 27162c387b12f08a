package org.alliancegraph.finding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.ecosystem.Ecosystem;
import org.alliancegraph.ecosystem.ScopeInfo;
import org.alliancegraph.ecosystem.ScopeKind;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.Label;
import org.alliancegraph.source.Provenance;
import org.alliancegraph.source.Source;
import org.alliancegraph.vocabulary.FindingTopic;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.vocabulary.Population;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.findings} and {@code Ecosystem.findings}: one statement returns each finding whole
 * (study, territory, sources, series links).
 */
@Controller
class FindingController {


    private static final String FINDINGS = CypherText.read("finding/findings.cypher");
    static final int MAX_FIRST = 1_000;

    record FindingFilter(Population population, FindingTopic topic, OrganisationKind actorKind, String sdgTarget,
            String fragilityDomain, String territory, String study, String programme, Integer from, Integer to) {
    }

    record Ref(String id, String name) {
    }

    record Study(String id, String name, String programme, List<Ref> runBy, String fieldwork, String population) {
    }

    record Finding(String id, double value, String unit, Label statement, Population population, Label populationLabel,
            FindingTopic topic, Label topicLabel, String period, Integer year, Ref territory, Study study,
            List<OrganisationKind> actorKinds, List<String> sdgTargets, List<String> fragilityDomains, String note,
            List<Provenance> provenance, String updates, List<String> updatedBy) {
    }

    private final Neo4jClient client;

    FindingController(Neo4jClient client) {
        this.client = client;
    }

    /** The findings that concern an ecosystem's scope (its territory and those above, programme, target, goal, kind of actor). */
    @SchemaMapping(typeName = "Ecosystem", field = "findings")
    List<Finding> ofEcosystem(Ecosystem ecosystem, @Argument Integer first) {
        ScopeInfo scope = ecosystem.scope();
        FindingFilter filter = new FindingFilter(null, null, null, scope.kind() == ScopeKind.SDG_TARGET ? scope.id() : null, null, null,
                null, scope.kind() == ScopeKind.PROGRAMME ? scope.id() : null, null, null);
        Map<String, Object> scopeParameters = new HashMap<>();
        scopeParameters.put("scopeTerritory", scope.kind() == ScopeKind.TERRITORY ? scope.id() : null);
        scopeParameters.put("sdgGoal", scope.kind() == ScopeKind.SDG_GOAL ? scope.id() : null);
        scopeParameters.put("organisation", scope.kind() == ScopeKind.ORGANISATION ? scope.id() : null);
        return query(filter, first, scopeParameters);
    }

    @QueryMapping
    List<Finding> findings(@Argument FindingFilter filter, @Argument Integer first) {
        Map<String, Object> noScope = new HashMap<>();
        noScope.put("scopeTerritory", null);
        noScope.put("sdgGoal", null);
        noScope.put("organisation", null);
        return query(filter, first, noScope);
    }

    private List<Finding> query(FindingFilter filter, Integer first, Map<String, Object> scope) {
        int size = first == null ? 100 : first;
        if (size < 0 || size > MAX_FIRST) {
            throw new InvalidInputException("first", "first must be between 0 and " + MAX_FIRST);
        }
        FindingFilter f = filter == null ? new FindingFilter(null, null, null, null, null, null, null, null, null, null) : filter;
        Map<String, Object> p = new HashMap<>();
        p.put("population", f.population() == null ? null : f.population().name());
        p.put("topic", f.topic() == null ? null : f.topic().name());
        p.put("actorKind", f.actorKind() == null ? null : f.actorKind().name());
        p.put("sdgTarget", f.sdgTarget());
        p.put("fragilityDomain", f.fragilityDomain());
        p.put("territory", f.territory());
        p.put("study", f.study());
        p.put("programme", f.programme());
        p.put("from", f.from());
        p.put("to", f.to());
        p.put("first", size);
        p.putAll(scope);
        return client.query(FINDINGS).bindAll(p).fetch().all().stream().map(FindingController::finding).toList();
    }

    @SuppressWarnings("unchecked")
    private static Finding finding(Map<String, Object> row) {
        Map<String, Object> f = (Map<String, Object>) row.get("finding");
        Population population = Population.valueOf((String) f.get("population"));
        FindingTopic topic = FindingTopic.valueOf((String) f.get("topic"));
        Map<String, Object> st = (Map<String, Object>) row.get("study");
        Study study = st == null ? null : new Study((String) st.get("id"), (String) st.get("name"), (String) st.get("programme"),
                ((List<Map<String, Object>>) st.get("runBy")).stream().map(o -> new Ref((String) o.get("id"), (String) o.get("name"))).toList(),
                (String) st.get("fieldwork"), (String) st.get("population"));
        Map<String, Object> t = (Map<String, Object>) row.get("territory");
        List<Provenance> provenance = ((List<Map<String, Object>>) row.get("sources")).stream()
                .map(s -> new Provenance(new Source((String) s.get("source"), (String) s.get("title"), (String) s.get("publisher"),
                        (String) s.get("date"), (String) s.get("url"), (String) s.get("kind"), (String) s.get("file")),
                        (String) s.get("quote"), (String) s.get("page"))).toList();
        List<String> kinds = f.get("actorKinds") instanceof List<?> l ? (List<String>) l : List.of();
        return new Finding((String) f.get("id"), ((Number) f.get("value")).doubleValue(), (String) f.get("unit"),
                new Label((String) f.get("statementFr"), (String) f.get("statementEn")), population, population.label(), topic,
                topic.label(), (String) f.get("period"), f.get("year") == null ? null : ((Number) f.get("year")).intValue(),
                t == null ? null : new Ref((String) t.get("id"), (String) t.get("name")), study,
                kinds.stream().map(OrganisationKind::valueOf).toList(), (List<String>) row.get("sdgTargets"),
                (List<String>) row.get("fragilityDomains"), (String) f.get("note"), provenance, (String) row.get("updates"),
                (List<String>) row.get("updatedBy"));
    }
}

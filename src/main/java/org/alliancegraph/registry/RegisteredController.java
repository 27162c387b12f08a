package org.alliancegraph.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.alliancegraph.ecosystem.Ecosystem;
import org.alliancegraph.ecosystem.ScopeKind;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.Label;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.api.TerritoryArgument;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Ecosystem.registered} and {@code Query.registered}: what the registries give a territory's
 * ecosystem, its denominators.
 * One statement groups the territory's registered organisations; the sums are made here.
 */
@Controller
class RegisteredController {

    private static final CypherText.Fragments CYPHER = CypherText.fragments("ecosystem/registered.cypher");
    private static final String EXISTS = CypherText.read("territory/exists.cypher");

    record RegisteredCount(String key, Label label, int registered, int allied) {
    }

    record RegisteredActors(int total, int allied, double engagementRate, List<RegisteredCount> byKind,
            List<RegisteredCount> byFragilityDomain, List<RegisteredCount> unalliedByNafSection,
            List<RegisteredCount> unalliedBySocialObject) {
    }

    private final Neo4jClient client;

    RegisteredController(Neo4jClient client) {
        this.client = client;
    }

    @SchemaMapping(typeName = "Ecosystem", field = "registered")
    RegisteredActors registered(Ecosystem ecosystem) {
        return ecosystem.scope().kind() == ScopeKind.TERRITORY ? registeredIn(ecosystem.scope().id()) : null;
    }

    /**
     * The same denominators asked of a territory alone, without resolving an ecosystem first: a root
     * field, not one of Territory's, so that a list of territories cannot ask for one statement each.
     */
    @QueryMapping
    RegisteredActors registered(@Argument String territory) {
        String id = TerritoryArgument.require("territory", territory);
        // Asked of the database, not the territories table: an unknown id there makes the table read again.
        if (!client.query(EXISTS).bind(id).to("id").fetchAs(Boolean.class).one().orElse(false)) {
            throw new InvalidInputException("territory", "territory '" + id + "' does not exist");
        }
        return registeredIn(id);
    }

    private RegisteredActors registeredIn(String territory) {
        String statement = CYPHER.get(where(territory)) + "\n" + CYPHER.get("count");
        Map<String, int[]> kinds = new HashMap<>();
        Map<String, int[]> sections = new HashMap<>();
        Map<String, int[]> objects = new HashMap<>();
        Map<String, int[]> domains = new HashMap<>();
        Map<String, Label> domainLabels = new HashMap<>();
        int[] totals = new int[2];
        for (Map<String, Object> row : client.query(statement).bind(territory).to("territory").fetch().all()) {
            int n = ((Number) row.get("n")).intValue();
            boolean allied = (Boolean) row.get("allied");
            totals[0] += n;
            totals[1] += allied ? n : 0;
            add(kinds, (String) row.get("kind"), n, allied);
            List<?> codes = (List<?>) row.get("objects");
            add(domains, fragilityDomain((String) row.get("naf"), codes), n, allied);
            for (Object d : (List<?>) row.get("domains")) {
                Map<?, ?> domain = (Map<?, ?>) d;
                domainLabels.put((String) domain.get("code"), new Label((String) domain.get("labelFr"), (String) domain.get("labelEn")));
            }
            if (!allied) {
                add(sections, (String) row.get("section"), n, false);
                // An association counts once under each theme its codes fall in.
                codes.stream().map(code -> SocialObjects.theme(String.valueOf(code))).filter(Objects::nonNull).distinct()
                        .forEach(theme -> add(objects, theme, n, false));
            }
        }
        return new RegisteredActors(totals[0], totals[1], totals[0] == 0 ? 0 : (double) totals[1] / totals[0],
                counts(kinds, RegisteredController::kindLabel), counts(domains, domainLabels::get),
                counts(sections, RegisteredController::sectionLabel),
                counts(objects, RegisteredController::socialObjectLabel));
    }

    /**
     * The fragility domain an organisation's codes say: its activity code's (SIRENE) if the table gives
     * one, else its first social object's (RNA) that does; null when none does.
     */
    static String fragilityDomain(String naf, List<?> socialObjects) {
        SireneCodes.Field field = SireneCodes.field(naf);
        if (field != null && field.fragilityDomain() != null) {
            return field.fragilityDomain();
        }
        return socialObjects.stream().map(code -> SocialObjects.of(String.valueOf(code))).filter(Objects::nonNull)
                .map(SocialObjects.SocialObject::fragilityDomain).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Label socialObjectLabel(String theme) {
        SocialObjects.SocialObject row = SocialObjects.ROWS.get(theme);
        return row == null ? null : new Label(row.labelFr(), row.labelEn());
    }

    /** The fragment that finds the territory's organisations, by its id's level. */
    static String where(String territory) {
        if (territory.equals("FR")) {
            return "country";
        }
        String level = territory.substring(0, Math.max(0, territory.indexOf(':')));
        return switch (level) {
            case "commune", "departement" -> level;
            case "region" -> "region";
            default -> "tree";
        };
    }

    private static void add(Map<String, int[]> into, String key, int n, boolean allied) {
        if (key == null) {
            return;
        }
        int[] c = into.computeIfAbsent(key, k -> new int[2]);
        c[0] += n;
        c[1] += allied ? n : 0;
    }

    private static List<RegisteredCount> counts(Map<String, int[]> by, Function<String, Label> label) {
        List<RegisteredCount> out = new ArrayList<>();
        by.forEach((key, c) -> out.add(new RegisteredCount(key, label.apply(key), c[0], c[1])));
        out.sort(Comparator.comparingInt(RegisteredCount::registered).reversed().thenComparing(RegisteredCount::key));
        return out;
    }

    private static Label kindLabel(String kind) {
        try {
            return Label.of(OrganisationKind.valueOf(kind));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Label sectionLabel(String letter) {
        return SireneCodes.SECTIONS.stream().filter(s -> s.letter().equals(letter)).findFirst()
                .map(s -> new Label(s.labelFr(), s.labelEn())).orElse(null);
    }
}

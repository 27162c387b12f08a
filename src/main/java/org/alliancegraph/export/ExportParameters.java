package org.alliancegraph.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.ecosystem.EcosystemScope;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.AllianceStatus;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;

/**
 * The HTTP parameters of an export, named after the GraphQL arguments they mirror: an ecosystem's
 * {@code scope.territory}, {@code scope.radius}..., a partners query's {@code organisation} and
 * {@code depth}, and {@code filter.modes}, {@code filter.activeAt}... Lists are comma-separated or
 * repeated. Read here, and written back here for the links GraphQL gives, so both stay one.
 */
final class ExportParameters {

    static final List<String> SCOPE = List.of("territory", "programme", "sdgTarget", "sdgGoal", "organisation", "radius", "unallied");
    static final List<String> FILTER = List.of("modes", "phases", "statuses", "territory", "sdgGoal", "sdgTarget",
            "fragilityDomains", "programme", "source", "activeAt", "partnerKinds", "partner");
    static final List<String> OTHER = List.of("organisation", "depth", "shape", "maxNodes", "betweenness", "lang", "excel");
    private static final Set<String> KNOWN = known();

    private ExportParameters() {
    }

    private static Set<String> known() {
        Set<String> names = new LinkedHashSet<>();
        SCOPE.forEach(s -> names.add("scope." + s));
        FILTER.forEach(f -> names.add("filter." + f));
        names.addAll(OTHER);
        return Set.copyOf(names);
    }

    static ExportRequest parse(Map<String, String[]> parameters, int maxElements) {
        for (String name : parameters.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new InvalidInputException(name, "'" + name + "' is not an export parameter; use scope.<"
                        + String.join("|", SCOPE) + ">, or organisation and depth, filter.<" + String.join("|", FILTER)
                        + ">, shape, maxNodes, betweenness, lang");
            }
        }
        Params p = new Params(parameters);
        boolean partners = p.one("organisation") != null || p.one("depth") != null;
        boolean ecosystem = SCOPE.stream().anyMatch(s -> p.one("scope." + s) != null);
        if (partners && ecosystem) {
            throw new InvalidInputException("organisation", "give either scope.* (an ecosystem) or organisation and depth "
                    + "(a partners query), not both");
        }
        if (!partners && !ecosystem) {
            throw new InvalidInputException("scope", "give a scope: scope.territory, scope.programme, scope.sdgTarget, "
                    + "scope.sdgGoal or scope.organisation (with scope.radius), or organisation and depth for partners");
        }
        EcosystemScope scope;
        if (partners) {
            String origin = p.one("organisation");
            if (origin == null) {
                throw new InvalidInputException("organisation", "'depth' goes with 'organisation'");
            }
            int depth = InvalidInputException.partnerDepth("depth", p.integer("depth"));
            scope = new EcosystemScope(null, null, null, null, origin, depth);
        } else {
            String unallied = p.one("scope.unallied");
            if (unallied != null && !unallied.equals("true") && !unallied.equals("false")) {
                throw new InvalidInputException("scope.unallied", "'scope.unallied' must be true or false, got '" + unallied + "'");
            }
            scope = new EcosystemScope(p.one("scope.territory"), p.one("scope.programme"), p.one("scope.sdgTarget"),
                    p.one("scope.sdgGoal"), p.one("scope.organisation"), p.integer("scope.radius"),
                    unallied == null ? null : Boolean.valueOf(unallied));
        }
        AllianceFilter filter = new AllianceFilter(p.enums("filter.modes", AllianceMode.class),
                p.enums("filter.phases", InnovationPhase.class), p.enums("filter.statuses", AllianceStatus.class),
                p.one("filter.territory"), p.one("filter.sdgGoal"), p.one("filter.sdgTarget"),
                p.list("filter.fragilityDomains"), p.one("filter.programme"), p.one("filter.source"),
                p.date("filter.activeAt"), p.enums("filter.partnerKinds", OrganisationKind.class), p.one("filter.partner"));
        String shape = p.one("shape");
        ExportShape exportShape = shape == null ? ExportShape.BIPARTITE : p.enumValue("shape", shape, ExportShape.class);
        Integer maxNodes = p.integer("maxNodes");
        if (maxNodes != null && (maxNodes < 1 || maxNodes > maxElements)) {
            throw new InvalidInputException("maxNodes", "'maxNodes' must be between 1 and " + maxElements + ", got " + maxNodes);
        }
        String excel = p.one("excel");
        if (excel != null && !excel.equals("true") && !excel.equals("false")) {
            throw new InvalidInputException("excel", "'excel' must be true or false, got '" + excel + "'");
        }
        String betweenness = p.one("betweenness");
        if (betweenness != null && !betweenness.equals("true") && !betweenness.equals("false")) {
            throw new InvalidInputException("betweenness", "'betweenness' must be true or false, got '" + betweenness + "'");
        }
        return new ExportRequest(scope, filter, exportShape, maxNodes, "true".equals(betweenness), Lang.parse(p.one("lang")),
                partners);
    }

    /** The query string of an export as GraphQL arguments describe it (values as graphql-java coerced them). */
    static String query(String prefix, Map<String, Object> scope, Map<String, Object> filter, Map<String, Object> extra) {
        Map<String, Object> all = new LinkedHashMap<>();
        if (scope != null) {
            scope.forEach((k, v) -> all.put(prefix.isEmpty() ? k : prefix + "." + k, v));
        }
        if (filter != null) {
            filter.forEach((k, v) -> all.put("filter." + k, v));
        }
        all.putAll(extra);
        StringJoiner query = new StringJoiner("&");
        all.forEach((k, v) -> {
            if (v == null || v instanceof Collection<?> c && c.isEmpty()) {
                return;
            }
            String text = v instanceof Collection<?> c ? c.stream().map(String::valueOf).collect(Collectors.joining(","))
                    : String.valueOf(v);
            query.add(k + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        });
        return query.toString();
    }

    /** Parameter values, each checked and named in its error. */
    private record Params(Map<String, String[]> values) {

        String one(String name) {
            String[] v = values.get(name);
            if (v == null || v.length == 0) {
                return null;
            }
            if (v.length > 1) {
                throw new InvalidInputException(name, "'" + name + "' is given " + v.length + " times; give it once");
            }
            return v[0].isBlank() ? null : v[0].strip();
        }

        List<String> list(String name) {
            String[] v = values.get(name);
            if (v == null) {
                return null;
            }
            List<String> items = new ArrayList<>();
            for (String s : v) {
                Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).forEach(items::add);
            }
            return items.isEmpty() ? null : items;
        }

        Integer integer(String name) {
            String v = one(name);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(name, "'" + name + "' must be a whole number, got '" + v + "'");
            }
        }

        LocalDate date(String name) {
            String v = one(name);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(name, "'" + name + "' must be a date written YYYY-MM-DD, got '" + v + "'");
            }
        }

        <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
            List<String> items = list(name);
            return items == null ? null : items.stream().map(i -> enumValue(name, i, type)).toList();
        }

        <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(name, "'" + name + "' must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", ")) + "; got '" + value + "'");
            }
        }
    }
}

package org.alliancegraph.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.vocabulary.OrganisationKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reconciliation query batch as the W3C Entity Reconciliation Service API 0.2 writes it
 * ({@code {"q0": {"query", "type", "limit", "properties": [{"pid", "v"}], "type_strict"}}}), read into
 * {@link MatchQuery}s; anything this service cannot take is refused with the query and field named.
 */
final class ReconciliationQueries {

    /** The most queries one batch may hold (the manifest's {@code batchSize}; OpenRefine sends 10). */
    static final int BATCH_SIZE = 50;
    static final String ORGANISATION_TYPE = "Organisation";
    /** The properties a query may give, by id: what each means. */
    static final Map<String, String> PROPERTIES = properties();
    private static final Set<String> PLACES = Set.of("commune", "departement", "place");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReconciliationQueries() {
    }

    /** A batch larger than the manifest says: answered 413, as the protocol allows. */
    static final class TooLarge extends InvalidInputException {

        TooLarge(String field, String message) {
            super(field, message);
        }
    }

    private static Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("commune", "Commune (code INSEE, nom, « Laval (53) ») / Commune");
        p.put("departement", "Département (code ou nom) / Département");
        p.put("siren", "SIREN");
        p.put("siret", "SIRET (le SIREN en est tiré) / SIRET");
        p.put("rna", "Numéro RNA (W…) / RNA number");
        return p;
    }

    /** The batch's keys with their queries, in the batch's order. */
    static LinkedHashMap<String, MatchQuery> read(String json) {
        JsonNode batch;
        try {
            batch = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException("queries", "queries is not JSON: " + e.getOriginalMessage());
        }
        if (batch == null || !batch.isObject()) {
            throw new InvalidInputException("queries", "queries must be a JSON object of queries by key, {\"q0\": {\"query\": \"...\"}}");
        }
        if (batch.size() > BATCH_SIZE) {
            throw new TooLarge("queries", "a batch holds at most " + BATCH_SIZE + " queries (the manifest's batchSize); this one holds "
                    + batch.size() + ": send it in smaller batches");
        }
        LinkedHashMap<String, MatchQuery> queries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : batch.properties()) {
            queries.put(e.getKey(), query(e.getKey(), e.getValue()));
        }
        return queries;
    }

    private static MatchQuery query(String key, JsonNode q) {
        String at = "queries." + key;
        if (!q.isObject()) {
            throw new InvalidInputException(at, "each query is an object with a \"query\" string");
        }
        String name = text(q.get("query"), at + ".query");
        String type = text(q.get("type"), at + ".type");
        String kind = kind(type, at + ".type");
        int limit = 5;
        if (q.hasNonNull("limit")) {
            if (!q.get("limit").canConvertToInt() || q.get("limit").asInt() < 1) {
                throw new InvalidInputException(at + ".limit", "limit is a whole number from 1");
            }
            limit = Math.min(q.get("limit").asInt(), Matcher.MAX_LIMIT);
        }
        String place = null;
        String siren = null;
        String rna = null;
        JsonNode properties = q.get("properties");
        if (properties != null && !properties.isNull()) {
            if (!properties.isArray()) {
                throw new InvalidInputException(at + ".properties", "properties is an array of {\"pid\", \"v\"}");
            }
            for (int i = 0; i < properties.size(); i++) {
                JsonNode p = properties.get(i);
                String where = at + ".properties[" + i + "]";
                String pid = p.hasNonNull("pid") ? p.get("pid").asString() : null;
                if (pid == null || !PROPERTIES.containsKey(pid.toLowerCase(Locale.ROOT))) {
                    throw new InvalidInputException(where + ".pid", "'" + pid + "' is not a property of this service; use one of "
                            + String.join(", ", PROPERTIES.keySet()));
                }
                String value = value(p.get("v"));
                if (value == null) {
                    continue;
                }
                switch (pid.toLowerCase(Locale.ROOT)) {
                    case "siren", "siret" -> siren = value;
                    case "rna" -> rna = value;
                    default -> place = PLACES.contains(pid.toLowerCase(Locale.ROOT)) && place == null ? value : place;
                }
            }
        }
        if (name == null && siren == null && rna == null) {
            throw new InvalidInputException(at + ".query", "a query needs a name (query), or a siren, siret or rna property");
        }
        return new MatchQuery(name, kind, place, siren, rna, limit);
    }

    /** The kind a type names ({@code Organisation}: any), or a refusal naming the types there are. */
    static String kind(String type, String at) {
        if (type == null || type.equals(ORGANISATION_TYPE)) {
            return null;
        }
        try {
            return OrganisationKind.valueOf(type).name();
        } catch (IllegalArgumentException e) {
            List<String> types = new ArrayList<>(List.of(ORGANISATION_TYPE));
            for (OrganisationKind k : OrganisationKind.values()) {
                types.add(k.name());
            }
            throw new InvalidInputException(at, "'" + type + "' is not a type of this service; use one of " + String.join(", ", types));
        }
    }

    private static String text(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new InvalidInputException(at, at.substring(at.lastIndexOf('.') + 1) + " is a string");
        }
        String s = node.asString().strip();
        return s.isEmpty() ? null : s;
    }

    /** A property's value: a string or number, an entity's id, or the first of an array of those. */
    private static String value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            for (JsonNode item : v) {
                String s = value(item);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (v.isObject()) {
            return v.hasNonNull("id") ? value(v.get("id")) : null;
        }
        String s = v.asString().strip();
        return s.isEmpty() ? null : s;
    }
}

package org.alliancegraph.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.graph.Label;
import org.alliancegraph.territory.TerritoryPlaces;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data extension of the reconciliation service: after reconciling, a researcher adds columns of what
 * the graph knows of each organisation (its identifiers, kind, place, alliances), in one statement
 * per request.
 */
@Component
class ReconciliationExtension {

    /** The properties a data extension may ask for, by id. */
    static final Map<String, String> PROPERTIES = properties();
    static final int MAX_IDS = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OrganisationFacts facts;
    private final TerritoryPlaces places;

    ReconciliationExtension(OrganisationFacts facts, TerritoryPlaces places) {
        this.facts = facts;
        this.places = places;
    }

    private static Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("siren", "SIREN");
        p.put("rna", "Numéro RNA / RNA number");
        p.put("kind", "Type d’organisation / Kind");
        p.put("acronym", "Sigle / Acronym");
        p.put("territory", "Territoire / Territory");
        p.put("commune", "Commune (code INSEE) / Commune (INSEE code)");
        p.put("departement", "Département");
        p.put("region", "Région");
        p.put("alliances", "Alliances");
        p.put("allianceCount", "Nombre d’alliances / Number of alliances");
        p.put("website", "Site web / Website");
        return p;
    }

    Map<String, Object> propose(String type, Integer limit) {
        if (limit != null && limit < 1) {
            throw new InvalidInputException("limit", "limit is a whole number from 1");
        }
        List<Map<String, Object>> proposed = new ArrayList<>();
        PROPERTIES.forEach((id, name) -> proposed.add(Map.of("id", id, "name", name)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        if (limit != null) {
            m.put("limit", limit);
        }
        m.put("properties", limit == null ? proposed : proposed.subList(0, Math.min(limit, proposed.size())));
        return m;
    }

    Map<String, Object> extend(String json) {
        JsonNode query;
        try {
            query = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException("extend", "extend is not JSON: " + e.getOriginalMessage());
        }
        if (query == null || !query.isObject() || !query.path("ids").isArray() || !query.path("properties").isArray()) {
            throw new InvalidInputException("extend", "extend is {\"ids\": [...], \"properties\": [{\"id\": ...}]}");
        }
        List<String> ids = new ArrayList<>();
        query.get("ids").forEach(id -> ids.add(id.asString()));
        if (ids.size() > MAX_IDS) {
            throw new InvalidInputException("extend.ids", "at most " + MAX_IDS + " ids per request; this one has " + ids.size());
        }
        List<String> asked = new ArrayList<>();
        for (JsonNode p : query.get("properties")) {
            String id = p.path("id").asString(null);
            if (id == null || !PROPERTIES.containsKey(id)) {
                throw new InvalidInputException("extend.properties", "'" + id + "' is not a property of this service; use one of "
                        + String.join(", ", PROPERTIES.keySet()));
            }
            asked.add(id);
        }
        Map<String, OrganisationFacts.Facts> found = facts.of(ids);
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String id : ids) {
            Map<String, Object> row = new LinkedHashMap<>();
            OrganisationFacts.Facts f = found.get(id);
            for (String property : asked) {
                row.put(property, f == null ? List.of() : values(property, f));
            }
            rows.put(id, row);
        }
        return Map.of("meta", asked.stream().map(p -> Map.of("id", p, "name", PROPERTIES.get(p))).toList(), "rows", rows);
    }

    private List<Map<String, Object>> values(String property, OrganisationFacts.Facts f) {
        var o = f.organisation();
        TerritoryPlaces.Place place = places.of(f.territory());
        return switch (property) {
            case "siren" -> str(o.siren());
            case "rna" -> str(o.rna());
            case "kind" -> o.kind() == null ? List.of() : str(Label.of(o.kind()).fr());
            case "acronym" -> str(o.acronym());
            case "territory" -> str(f.territoryName());
            case "commune" -> f.territory() != null && f.territory().startsWith("commune:") ? str(f.territory().substring(8)) : List.of();
            case "departement" -> place == null ? List.of() : names(place.departements());
            case "region" -> place == null ? List.of() : names(place.regions());
            case "alliances" -> f.alliances().stream().map(a -> Map.<String, Object>of("str", a)).toList();
            case "allianceCount" -> List.of(Map.of("int", f.alliances().size()));
            case "website" -> str(o.website());
            default -> List.of();
        };
    }

    private List<Map<String, Object>> names(List<String> territoryIds) {
        return territoryIds.stream().map(id -> {
            TerritoryPlaces.Place p = places.of(id);
            return Map.<String, Object>of("str", p == null ? id : p.name());
        }).toList();
    }

    private static List<Map<String, Object>> str(String value) {
        return value == null ? List.of() : List.of(Map.of("str", value));
    }
}

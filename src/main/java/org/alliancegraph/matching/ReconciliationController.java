package org.alliancegraph.matching;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliancegraph.api.ErrorBody;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.graph.Label;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The W3C Entity Reconciliation Service API 0.2 at {@code /reconcile}, the protocol OpenRefine speaks:
 * the manifest, query batches ({@code queries}, POST form or GET), data extension ({@code extend}) and
 * its property proposals, previews, and suggest for entities, types and properties. Open to every
 * origin (CORS), as the protocol asks; as private as GraphQL when reads need the READER role.
 */
@RestController
@RequestMapping("/reconcile")
@CrossOrigin(origins = "*")
class ReconciliationController {

    private final Matcher matcher;
    private final OrganisationFacts facts;
    private final ReconciliationExtension extension;

    ReconciliationController(Matcher matcher, OrganisationFacts facts, ReconciliationExtension extension) {
        this.matcher = matcher;
        this.facts = facts;
        this.extension = extension;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> get(@RequestParam(required = false) String queries, @RequestParam(required = false) String extend) {
        return answer(queries, extend);
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> post(@RequestParam(required = false) String queries, @RequestParam(required = false) String extend) {
        if (queries == null && extend == null) {
            throw new InvalidInputException("queries", "send a query batch in the form field 'queries' (or a data extension in 'extend')");
        }
        return answer(queries, extend);
    }

    private Map<String, Object> answer(String queries, String extend) {
        if (queries != null) {
            return reconcile(queries);
        }
        if (extend != null) {
            return extension.extend(extend);
        }
        return manifest();
    }

    private Map<String, Object> reconcile(String json) {
        LinkedHashMap<String, MatchQuery> batch = ReconciliationQueries.read(json);
        List<List<Candidate>> answers = matcher.match(List.copyOf(batch.values()));
        Map<String, Object> results = new LinkedHashMap<>();
        int i = 0;
        for (String key : batch.keySet()) {
            List<Map<String, Object>> result = new ArrayList<>();
            for (Candidate c : answers.get(i++)) {
                result.add(candidate(c));
            }
            results.put(key, Map.of("result", result));
        }
        return results;
    }

    private static Map<String, Object> candidate(Candidate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.organisation().id());
        m.put("name", c.organisation().name());
        m.put("type", c.organisation().kind() == null ? List.of(organisationType())
                : List.of(Map.of("id", c.organisation().kind().name(), "name", Label.of(c.organisation().kind()).fr())));
        m.put("score", c.score());
        m.put("match", c.match());
        m.put("description", describe(c.organisation().kind(), c.organisation().acronym(), c.territoryName(),
                c.organisation().siren(), c.organisation().rna()));
        Map<String, Double> features = new LinkedHashMap<>();
        c.reasons().forEach(r -> features.merge(r.kind().toLowerCase(Locale.ROOT), r.points(), Double::sum));
        m.put("features", features.entrySet().stream().map(e -> Map.of("id", e.getKey(), "value", e.getValue())).toList());
        return m;
    }

    static String describe(OrganisationKind kind, String acronym, String territoryName, String siren, String rna) {
        List<String> parts = new ArrayList<>();
        if (kind != null) {
            parts.add(Label.of(kind).fr());
        }
        if (acronym != null) {
            parts.add(acronym);
        }
        if (territoryName != null) {
            parts.add(territoryName);
        }
        if (siren != null) {
            parts.add("SIREN " + siren);
        }
        if (rna != null) {
            parts.add("RNA " + rna);
        }
        return String.join(" · ", parts);
    }

    private static Map<String, Object> organisationType() {
        return Map.of("id", ReconciliationQueries.ORGANISATION_TYPE, "name", "Organisation");
    }

    Map<String, Object> manifest() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versions", List.of("0.2"));
        m.put("name", "alliance-graph: organisations des alliances / organisations of the alliances");
        m.put("identifierSpace", base + "/?organisation=");
        m.put("schemaSpace", base + "/schema.graphqls#Organisation");
        m.put("defaultTypes", List.of(organisationType()));
        m.put("view", Map.of("url", base + "/?organisation={{id}}"));
        m.put("preview", Map.of("url", base + "/reconcile/preview?id={{id}}", "width", 400, "height", 160));
        m.put("batchSize", ReconciliationQueries.BATCH_SIZE);
        m.put("suggest", Map.of(
                "entity", Map.of("service_url", base + "/reconcile", "service_path", "/suggest/entity"),
                "type", Map.of("service_url", base + "/reconcile", "service_path", "/suggest/type"),
                "property", Map.of("service_url", base + "/reconcile", "service_path", "/suggest/property")));
        m.put("extend", Map.of("propose_properties", Map.of("service_url", base + "/reconcile", "service_path", "/properties")));
        return m;
    }

    @GetMapping(path = "/suggest/entity", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> suggestEntity(@RequestParam String prefix, @RequestParam(defaultValue = "0") int cursor) {
        if (cursor < 0 || cursor > 1000) {
            throw new InvalidInputException("cursor", "cursor is between 0 and 1000");
        }
        return Map.of("result", facts.suggest(prefix, cursor, 10).stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.organisation().id());
            m.put("name", s.organisation().name());
            m.put("description", describe(s.organisation().kind(), s.organisation().acronym(), s.territoryName(), null, null));
            m.put("notable", s.organisation().kind() == null ? List.of()
                    : List.of(Map.of("id", s.organisation().kind().name(), "name", Label.of(s.organisation().kind()).fr())));
            return m;
        }).toList());
    }

    @GetMapping(path = "/suggest/type", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> suggestType(@RequestParam String prefix) {
        String p = NameForms.plain(prefix.strip());
        List<Map<String, Object>> types = new ArrayList<>();
        if (NameForms.plain(ReconciliationQueries.ORGANISATION_TYPE).startsWith(p)) {
            types.add(organisationType());
        }
        for (OrganisationKind k : OrganisationKind.values()) {
            Label l = Label.of(k);
            if (NameForms.plain(k.name()).startsWith(p) || NameForms.plain(l.fr()).contains(p) || NameForms.plain(l.en()).contains(p)) {
                types.add(Map.of("id", k.name(), "name", l.fr(), "description", l.en()));
            }
        }
        return Map.of("result", types);
    }

    @GetMapping(path = "/suggest/property", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> suggestProperty(@RequestParam String prefix) {
        String p = NameForms.plain(prefix.strip());
        List<Map<String, Object>> found = new ArrayList<>();
        ReconciliationQueries.PROPERTIES.forEach((id, name) -> {
            if (id.startsWith(p) || NameForms.plain(name).contains(p)) {
                found.add(Map.of("id", id, "name", name));
            }
        });
        ReconciliationExtension.PROPERTIES.forEach((id, name) -> {
            if (!ReconciliationQueries.PROPERTIES.containsKey(id) && (id.startsWith(p) || NameForms.plain(name).contains(p))) {
                found.add(Map.of("id", id, "name", name));
            }
        });
        return Map.of("result", found);
    }

    @GetMapping(path = "/properties", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> proposeProperties(@RequestParam String type, @RequestParam(required = false) Integer limit) {
        ReconciliationQueries.kind(type, "type");
        return extension.propose(type, limit);
    }

    @GetMapping(path = "/preview", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> preview(@RequestParam String id) {
        OrganisationFacts.Facts f = facts.of(List.of(id)).get(id);
        if (f == null) {
            return ResponseEntity.status(404).contentType(MediaType.TEXT_HTML)
                    .body("<html><body><p>Aucune organisation n’a l’identifiant " + Html.escape(id) + ".</p></body></html>");
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(Html.preview(f));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        return ResponseEntity.status(e instanceof ReconciliationQueries.TooLarge ? 413 : 400).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of("BAD_REQUEST", e.getMessage(), e.field()));
    }
}

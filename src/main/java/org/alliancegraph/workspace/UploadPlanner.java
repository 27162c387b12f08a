package org.alliancegraph.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.alliancegraph.access.Scope;
import org.alliancegraph.importer.ImportInput;
import org.alliancegraph.importer.ImportReport;
import org.alliancegraph.importer.ImportService;
import org.alliancegraph.importer.RowError;
import org.alliancegraph.territory.TerritoryPlaces;
import org.alliancegraph.workspace.Drafts.Draft;
import org.alliancegraph.matching.Candidate;
import org.alliancegraph.matching.MatchQuery;
import org.alliancegraph.matching.Matcher;
import org.alliancegraph.territory.TerritoryNames;
import org.alliancegraph.workspace.Drafts.Origin;
import org.springframework.stereotype.Component;

/**
 * Makes an upload's plan: gives its rows ids (the graph's own where the row is an organisation or
 * an alliance it holds), keeps what the sheets leave out of existing nodes as it is, writes the rows
 * in the import format, has the importer check them, and tells each row's fate in the person's terms.
 */
@Component
class UploadPlanner {

    static final List<String> ORGANISATION_COLUMNS = List.of("id", "name", "kind", "source", "quote", "page", "acronym",
            "territory", "siren", "rna", "size", "sector", "website");
    static final List<String> ALLIANCE_COLUMNS = List.of("id", "name", "mode", "source", "quote", "page", "status", "phase",
            "phase_since", "start_date", "end_date", "objectives", "territories", "sdg_targets", "sdg_basis",
            "fragility_domains", "impacts", "programmes");
    static final List<String> MEMBERSHIP_COLUMNS = List.of("alliance", "organisation", "role", "source", "quote", "page",
            "since", "until");
    static final List<String> SOURCE_COLUMNS = List.of("id", "title", "publisher", "date", "url");
    private static final List<String> ORGANISATION_FIELDS = List.of("name", "kind", "acronym", "territory", "siren", "rna",
            "size", "sector", "website");
    private static final List<String> ALLIANCE_FIELDS = List.of("name", "mode", "status", "phase", "start_date", "end_date",
            "objectives", "territories", "sdg_targets", "fragility_domains", "impacts", "programmes");
    private static final Set<String> LISTS = Set.of("territories", "sdg_targets", "fragility_domains", "impacts", "programmes");

    /** The form's choices: the document the rows come from (an existing one, or a new one's title), and a programme for new alliances. */
    record Options(String source, String sourceTitle, String sourceDate, String sourceUrl, String programme) {
    }

    private final TerritoryNames territoryNames;
    private final WorkspaceQueries queries;
    private final ImportService importer;
    private final TerritoryPlaces places;
    private final Matcher matcher;
    /** The score from which the graph's organisation is offered as maybe the same. */
    private static final double OFFERED = 70;

    UploadPlanner(TerritoryNames territoryNames, WorkspaceQueries queries, ImportService importer, TerritoryPlaces places,
            Matcher matcher) {
        this.matcher = matcher;
        this.territoryNames = territoryNames;
        this.queries = queries;
        this.importer = importer;
        this.places = places;
    }

    /** One organisation or alliance of the upload: the drafts that name it, merged. */
    private static final class Entry {
        final String ref;
        final Map<String, String> cells = new LinkedHashMap<>();
        final Map<String, String> headers = new HashMap<>();
        final List<Origin> origins = new ArrayList<>();
        String id;
        boolean exists;

        Entry(String ref) {
            this.ref = ref;
        }

        /** Adds a row's cells; one that says otherwise than an earlier row about the same node is refused. */
        void add(Draft d, Map<String, String> cells, List<Plan.Problem> rejected) {
            origins.add(d.origin());
            cells.forEach((k, v) -> {
                if (v == null || v.isBlank()) {
                    return;
                }
                String earlier = this.cells.putIfAbsent(k, v);
                this.headers.putIfAbsent(k, d.headers().getOrDefault(k, k));
                if (earlier != null && !earlier.equals(v) && !k.equals("name")) {
                    String header = d.headers().getOrDefault(k, k);
                    rejected.add(problem(d.origin().sheet(), d.origin().row(), header, "'" + v + "' here, '" + earlier + "' at "
                            + where(origins.getFirst(), null) + ": one " + ref.substring(0, ref.indexOf(':')) + " has one " + header
                            + "; write the same in both rows (or leave this one blank)"));
                }
            });
        }

        String name() {
            return cells.getOrDefault("name", id);
        }
    }

    Plan plan(List<Sheet> sheets, Options options, Map<String, String> choices, Scope scope) {
        Drafts drafts = new Drafts(territoryNames);
        sheets.forEach(drafts::read);
        List<Plan.Problem> rejected = new ArrayList<>();
        drafts.problems.forEach(p -> rejected.add(problem(p.file(), (int) p.line(), p.column(), p.reason())));
        List<Plan.Item> items = new ArrayList<>();
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        Map<String, List<Origin>> origins = new HashMap<>();
        Map<String, Map<String, String>> headers = new HashMap<>();

        // The document the rows come from.
        String defaultSource = options.source() == null || options.source().isBlank() ? null : options.source().strip();
        if (defaultSource == null && options.sourceTitle() != null && !options.sourceTitle().isBlank()) {
            String id = slug(options.sourceTitle());
            Set<String> taken = new HashSet<>(queries.taken(List.of(), List.of(), List.of(id)).get("sources"));
            defaultSource = unique(id, taken);
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", defaultSource);
            row.put("title", options.sourceTitle().strip());
            row.put("date", options.sourceDate());
            row.put("url", options.sourceUrl());
            add(tables, origins, headers, "sources.csv", row, new Origin("formulaire", 0), Map.of());
            items.add(new Plan.Item("source", defaultSource, options.sourceTitle().strip(), "NEW", List.of(), "formulaire"));
        }

        // Organisations and alliances, merged by id or name.
        Map<String, Entry> organisations = new LinkedHashMap<>();
        Map<String, Entry> alliances = new LinkedHashMap<>();
        List<Draft> partners = new ArrayList<>();
        for (Draft d : drafts.rows) {
            switch (d.kind()) {
                case ORGANISATIONS -> entry(organisations, d.get("id"), d.get("name"), "organisation").add(d, d.cells(), rejected);
                case ALLIANCES -> entry(alliances, d.get("id"), d.get("name"), "alliance").add(d, d.cells(), rejected);
                case PARTNERS -> partners.add(d);
                case SOURCES -> source(d, tables, origins, headers, items);
            }
        }
        for (Draft d : partners) {
            String organisation = d.get("organisation");
            String alliance = d.get("alliance");
            if (organisation == null || alliance == null) {
                rejected.add(problem(d.origin().sheet(), d.origin().row(), organisation == null ? "organisation" : "alliance",
                        "a partner row names its organisation and its alliance"));
                continue;
            }
            Map<String, String> o = new LinkedHashMap<>();
            for (String c : List.of("kind", "territory", "siren", "rna", "acronym", "website")) {
                o.put(c, d.get(c));
            }
            o.put("name", organisation);
            entry(organisations, organisations.containsKey("id:" + organisation) ? organisation : null, organisation, "organisation")
                    .add(d, o, rejected);
            Map<String, String> a = new LinkedHashMap<>();
            a.put("name", alliance);
            a.put("mode", d.get("mode"));
            a.put("programmes", d.get("programmes"));
            a.put("territories", d.get("alliance_territories"));
            entry(alliances, alliances.containsKey("id:" + alliance) ? alliance : null, alliance, "alliance").add(d, a, rejected);
        }
        List<Plan.Candidate> candidates = identifyOrganisations(organisations, choices);
        identifyAlliances(alliances, rejected);

        Map<String, Map<String, Object>> orgState = queries.organisations(organisations.values().stream().filter(e -> e.exists)
                .map(e -> e.id).toList());
        Map<String, Map<String, Object>> allianceState = queries.alliances(alliances.values().stream().filter(e -> e.exists)
                .map(e -> e.id).toList());
        if (defaultSource == null && (!organisations.isEmpty() || !alliances.isEmpty())) {
            rejected.add(problem("formulaire", 0, "source", "choose the document these rows come from (or name a new one): "
                    + "every fact says where it comes from"));
        }

        // A new alliance without a programme joins the one the form names, else a limited editor's first.
        String programme = options.programme() != null && !options.programme().isBlank() ? options.programme().strip()
                : scope.programmes().isEmpty() ? null : scope.programmes().getFirst();
        // organisations.csv: new ones, and existing ones the sheets change (what they leave out is kept).
        for (Entry e : organisations.values()) {
            Map<String, String> before = e.exists ? text(orgState.get(e.id), ORGANISATION_FIELDS) : Map.of();
            Map<String, String> after = new LinkedHashMap<>(before);
            e.cells.forEach((k, v) -> {
                if (ORGANISATION_FIELDS.contains(k)) {
                    after.put(k, v);
                }
            });
            Map<String, String> row = planned("organisation", e, before, after, ORGANISATION_FIELDS, defaultSource, items);
            if (row != null) {
                add(tables, origins, headers, "organisations.csv", row, e.origins.getFirst(), e.headers);
            }
        }
        // alliances.csv likewise; an existing alliance's SDG contributions keep their own basis and note.
        List<Map<String, String>> contributions = new ArrayList<>();
        for (Entry e : alliances.values()) {
            Map<String, Object> state = allianceState.get(e.id);
            Map<String, String> before = e.exists ? text(state, ALLIANCE_FIELDS) : Map.of();
            if (e.exists) {
                List<Map<?, ?>> contributed = new ArrayList<>();
                ((List<?>) state.getOrDefault("contributions", List.of())).forEach(c -> contributed.add((Map<?, ?>) c));
                before = new LinkedHashMap<>(before);
                before.put("sdg_targets", String.join(";", new TreeSet<>(contributed.stream().map(c -> String.valueOf(c.get("target"))).toList())));
                if (!e.cells.containsKey("sdg_targets") && !contributed.isEmpty()) {
                    e.cells.put("sdg_basis", String.valueOf(contributed.getFirst().get("basis")));
                    for (Map<?, ?> c : contributed) {
                        Map<String, String> row = new LinkedHashMap<>();
                        row.put("alliance", e.id);
                        row.put("target", String.valueOf(c.get("target")));
                        row.put("basis", String.valueOf(c.get("basis")));
                        row.put("note", c.get("note") == null ? null : String.valueOf(c.get("note")));
                        contributions.add(row);
                    }
                }
            } else if (!e.cells.containsKey("programmes") && programme != null) {
                e.cells.put("programmes", programme);
            }
            Map<String, String> after = new LinkedHashMap<>(before);
            e.cells.forEach((k, v) -> {
                if (ALLIANCE_FIELDS.contains(k)) {
                    after.put(k, LISTS.contains(k) ? sorted(v) : v);
                }
            });
            Map<String, String> row = planned("alliance", e, before, after, ALLIANCE_FIELDS, defaultSource, items);
            if (row != null) {
                row.put("sdg_basis", e.cells.get("sdg_basis"));
                row.put("phase_since", e.cells.get("phase_since"));
                add(tables, origins, headers, "alliances.csv", row, e.origins.getFirst(), e.headers);
            } else {
                contributions.removeIf(c -> c.get("alliance").equals(e.id));
            }
        }
        contributions.forEach(c -> add(tables, origins, headers, "sdg_contributions.csv", c, new Origin("graphe", 0), Map.of()));

        // memberships.csv: the partner rows, by the ids just given.
        List<Map<String, String>> pairs = new ArrayList<>();
        List<Map<String, String>> memberships = new ArrayList<>();
        List<Draft> membershipDrafts = new ArrayList<>();
        for (Draft d : partners) {
            Entry o = organisations.get(key(organisations, d.get("organisation")));
            Entry a = alliances.get(key(alliances, d.get("alliance")));
            if (o == null || a == null || o.id == null || a.id == null) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            row.put("alliance", a.id);
            row.put("organisation", o.id);
            row.put("role", d.get("role"));
            row.put("source", d.cells().getOrDefault("source", defaultSource));
            row.put("quote", d.get("quote"));
            row.put("page", d.get("page"));
            row.put("since", d.get("since"));
            row.put("until", d.get("until"));
            memberships.add(row);
            membershipDrafts.add(d);
            pairs.add(Map.of("alliance", a.id, "organisation", o.id));
        }
        Map<String, Map<String, Object>> membershipState = queries.memberships(pairs);
        for (int i = 0; i < memberships.size(); i++) {
            Map<String, String> row = memberships.get(i);
            Map<String, Object> existing = membershipState.get(row.get("alliance") + "|" + row.get("organisation") + "|" + row.get("role"));
            Map<String, String> before = existing == null ? Map.of() : text(existing, List.of("since", "until"));
            Map<String, String> after = new LinkedHashMap<>(before);
            after.put("since", row.get("since") == null ? before.get("since") : row.get("since"));
            after.put("until", row.get("until") == null ? before.get("until") : row.get("until"));
            List<Plan.FieldChange> changes = existing == null ? List.of() : changes(before, after, List.of("since", "until"));
            String status = existing == null ? "NEW" : changes.isEmpty() ? "UNCHANGED" : "CHANGED";
            String label = organisations.get(key(organisations, membershipDrafts.get(i).get("organisation"))).name() + " → "
                    + alliances.get(key(alliances, membershipDrafts.get(i).get("alliance"))).name()
                    + (row.get("role") == null ? "" : " (" + row.get("role") + ")");
            items.add(new Plan.Item("membership", row.get("alliance") + "|" + row.get("organisation"), label, status, changes,
                    where(membershipDrafts.get(i).origin(), null)));
            if (!status.equals("UNCHANGED")) {
                row.put("since", after.get("since"));
                row.put("until", after.get("until"));
                add(tables, origins, headers, "memberships.csv", row, membershipDrafts.get(i).origin(),
                        membershipDrafts.get(i).headers());
            }
        }

        if (scope.limited()) {
            limits(scope, alliances, allianceState, organisations, memberships, tables, rejected);
        }
        Map<String, String> files = files(tables);
        if (!tables.isEmpty() && rejected.stream().noneMatch(p -> p.sheet().equals("formulaire"))) {
            ImportReport checked = importer.check(ImportInput.texts("upload", files));
            for (RowError error : checked.errors()) {
                Origin at = error.line() >= 2 && origins.containsKey(error.file()) && error.line() - 2 < origins.get(error.file()).size()
                        ? origins.get(error.file()).get((int) error.line() - 2) : new Origin(error.file(), (int) error.line());
                Map<String, String> named = error.line() >= 2 && headers.containsKey(error.file() + ":" + error.line())
                        ? headers.get(error.file() + ":" + error.line()) : Map.of();
                String column = error.column() == null ? null : named.getOrDefault(error.column(), error.column());
                rejected.add(problem(at.sheet(), at.row(), column, error.reason()));
            }
        }
        return new Plan(List.copyOf(drafts.notes), rejected, candidates, items, files);
    }

    /** Adds an entry's item to the plan; returns its row in the import format, or null when it changes nothing. */
    private static Map<String, String> planned(String kind, Entry e, Map<String, String> before, Map<String, String> after,
            List<String> fields, String defaultSource, List<Plan.Item> items) {
        List<Plan.FieldChange> changes = changes(before, after, fields);
        String status = !e.exists ? "NEW" : changes.isEmpty() ? "UNCHANGED" : "CHANGED";
        items.add(new Plan.Item(kind, e.id, e.name(), status, changes, where(e.origins.getFirst(), null)));
        if (status.equals("UNCHANGED")) {
            return null;
        }
        Map<String, String> row = new LinkedHashMap<>(after);
        row.put("id", e.id);
        row.put("source", e.cells.getOrDefault("source", defaultSource));
        row.put("quote", e.cells.get("quote"));
        row.put("page", e.cells.get("page"));
        return row;
    }

    // ------------------------------------------------------------------ identities

    private static String key(Map<String, Entry> entries, String value) {
        if (value == null) {
            return null;
        }
        return entries.containsKey("id:" + value) ? "id:" + value : "name:" + Columns.plain(value);
    }

    private static Entry entry(Map<String, Entry> entries, String id, String name, String kind) {
        String key = id != null ? "id:" + id : "name:" + Columns.plain(name == null ? "" : name);
        Entry e = entries.computeIfAbsent(key, k -> new Entry(kind + ":" + k.substring(k.indexOf(':') + 1)));
        if (id != null) {
            e.id = id;
        }
        return e;
    }

    /** How a candidate is offered in the preview: the evidence, in the page's words. */
    private static String why(Candidate c) {
        boolean place = c.reasons().stream().anyMatch(r -> r.kind().equals("PLACE") && r.points() > 0);
        boolean acronym = c.reasons().stream().anyMatch(r -> r.kind().equals("ACRONYM"));
        return (acronym ? "sigle" : "nom") + (place ? " et commune" : "") + (c.score() < 100 ? ", " + Math.round(c.score()) + " %" : "");
    }

    /** Ids for the organisations: given, or the graph's (same SIREN or RNA; the same by its name when chosen), or new. */
    private List<Plan.Candidate> identifyOrganisations(Map<String, Entry> organisations, Map<String, String> choices) {
        Set<String> given = new HashSet<>();
        organisations.values().stream().filter(e -> e.id != null).forEach(e -> given.add(e.id));
        Set<String> existingIds = new HashSet<>(queries.taken(given, List.of(), List.of()).get("organisations"));
        organisations.values().stream().filter(e -> e.id != null).forEach(e -> e.exists = existingIds.contains(e.id));
        List<Entry> unnamed = organisations.values().stream().filter(e -> e.id == null).toList();
        // The same matching as the reconciliation service: identifiers decide, names compare by their words.
        List<List<Candidate>> found = unnamed.isEmpty() ? List.of() : matcher.match(unnamed.stream()
                .map(e -> new MatchQuery(e.name(), null, e.cells.get("territory"), e.cells.get("siren"),
                        e.cells.get("rna"), 5)).toList());
        List<Plan.Candidate> candidates = new ArrayList<>();
        Set<String> newIds = new HashSet<>();
        for (int i = 0; i < unnamed.size(); i++) {
            Entry e = unnamed.get(i);
            List<Candidate> offered = found.get(i).stream().filter(c -> c.score() >= OFFERED).toList();
            Candidate first = offered.isEmpty() ? null : offered.getFirst();
            String identifier = first == null ? null : first.reasons().stream()
                    .filter(r -> r.kind().equals("IDENTIFIER") && r.points() > 0).map(r -> r.detail().split(" ")[0]).findFirst().orElse(null);
            if (identifier != null && first.match()) {
                e.id = first.organisation().id();
                e.exists = true;
                candidates.add(new Plan.Candidate(e.ref, e.name(), where(e.origins.getFirst(), null), e.id,
                        List.of(new Plan.Match(e.id, first.organisation().name(), first.territoryName(), identifier))));
                continue;
            }
            List<Plan.Match> byName = offered.stream().map(c -> new Plan.Match(c.organisation().id(), c.organisation().name(),
                    c.territoryName(), why(c))).toList();
            // The one matching is sure of is taken as the same by default; the others are offered, "new" by default.
            String likely = first != null && first.match() ? first.organisation().id() : "new";
            String choice = choices.getOrDefault(e.ref, likely);
            if (!byName.isEmpty()) {
                String asked = choice;
                if (!choice.equals("new") && byName.stream().noneMatch(m -> m.id().equals(asked))) {
                    choice = byName.getFirst().id();
                }
                candidates.add(new Plan.Candidate(e.ref, e.name(), where(e.origins.getFirst(), null), choice, byName));
            }
            if (!choice.equals("new")) {
                e.id = choice;
                e.exists = true;
            } else {
                newIds.add(slug(e.name()));
            }
        }
        Set<String> taken = new HashSet<>(queries.taken(newIds, List.of(), List.of()).get("organisations"));
        taken.addAll(given);
        for (Entry e : unnamed) {
            if (e.id == null) {
                e.id = unique(slug(e.name()), taken);
                taken.add(e.id);
            }
        }
        return candidates;
    }

    /** Ids for the alliances: given, or the graph's alliance of that name, or new. */
    private void identifyAlliances(Map<String, Entry> alliances, List<Plan.Problem> rejected) {
        Set<String> given = new HashSet<>();
        alliances.values().stream().filter(e -> e.id != null).forEach(e -> given.add(e.id));
        Set<String> existing = new HashSet<>(queries.taken(List.of(), given, List.of()).get("alliances"));
        alliances.values().stream().filter(e -> e.id != null).forEach(e -> e.exists = existing.contains(e.id));
        List<Entry> unnamed = alliances.values().stream().filter(e -> e.id == null).toList();
        Map<String, String> named = unnamed.isEmpty() ? Map.of() : queries.alliancesNamed(unnamed.stream().map(Entry::name).toList());
        Set<String> taken = new HashSet<>(given);
        for (Entry e : unnamed) {
            List<String> same = named.entrySet().stream().filter(x -> Columns.plain(x.getValue()).equals(Columns.plain(e.name())))
                    .map(Map.Entry::getKey).toList();
            if (same.size() > 1) {
                rejected.add(problem(e.origins.getFirst().sheet(), e.origins.getFirst().row(), "alliance", same.size()
                        + " alliances are named '" + e.name() + "' (" + String.join(", ", same) + "): write the id of the one meant"));
            }
            if (!same.isEmpty()) {
                e.id = same.getFirst();
                e.exists = true;
            }
        }
        List<String> wanted = unnamed.stream().filter(e -> e.id == null).map(e -> slug(e.name())).toList();
        taken.addAll(queries.taken(List.of(), wanted, List.of()).get("alliances"));
        for (Entry e : unnamed) {
            if (e.id == null) {
                e.id = unique(slug(e.name()), taken);
                taken.add(e.id);
            }
        }
    }

    // ------------------------------------------------------------------ limits

    /**
     * An editor limited to programmes or territories: each alliance the upload writes or adds partners
     * to must lie within the limits before and after; each existing organisation it changes must take
     * part in such an alliance (in the graph or through this upload) or lie in the territories.
     */
    private void limits(Scope scope, Map<String, Entry> alliances, Map<String, Map<String, Object>> allianceState,
            Map<String, Entry> organisations, List<Map<String, String>> memberships,
            Map<String, List<Map<String, String>>> tables, List<Plan.Problem> rejected) {
        Set<String> inside = new HashSet<>();
        scope.territories().forEach(t -> inside.addAll(places.within(t)));
        Set<String> written = new HashSet<>();
        tables.getOrDefault("alliances.csv", List.of()).forEach(r -> written.add(r.get("id")));
        memberships.forEach(m -> written.add(m.get("alliance")));
        Set<String> allowed = new HashSet<>();
        for (Entry e : alliances.values()) {
            if (!written.contains(e.id)) {
                continue;
            }
            Map<String, Object> state = allianceState.get(e.id);
            boolean before = state == null || within(WorkspaceQueries.strings(state.get("programmes")),
                    WorkspaceQueries.strings(state.get("territories")), scope, inside);
            Map<String, String> row = tables.getOrDefault("alliances.csv", List.of()).stream().filter(r -> r.get("id").equals(e.id))
                    .findFirst().orElse(null);
            boolean after = row == null ? before : within(split(row.get("programmes")), split(row.get("territories")), scope, inside);
            if (before && after) {
                allowed.add(e.id);
            } else {
                Origin at = e.origins.getFirst();
                rejected.add(problem(at.sheet(), at.row(), e.headers.getOrDefault("name", "alliance"), "the alliance '" + e.name()
                        + "' " + (before ? "would lie" : "lies") + " outside your limits (" + scope.describe() + ")"
                        + (before ? ": give it one of your programmes or territories" : "; ask an administrator")));
            }
        }
        for (Map<String, String> row : tables.getOrDefault("organisations.csv", List.of())) {
            Entry e = organisations.values().stream().filter(x -> row.get("id").equals(x.id)).findFirst().orElseThrow();
            boolean partner = memberships.stream().anyMatch(m -> m.get("organisation").equals(e.id) && allowed.contains(m.get("alliance")));
            if (e.exists && !partner && !queries.organisationInScope(e.id, scope.programmes(), scope.territories())) {
                Origin at = e.origins.getFirst();
                rejected.add(problem(at.sheet(), at.row(), e.headers.getOrDefault("name", "organisation"), "the organisation '"
                        + e.name() + "' lies outside your limits (" + scope.describe() + "): add it to one of your alliances"));
            }
        }
    }

    private static boolean within(List<String> programmes, List<String> territories, Scope scope, Set<String> inside) {
        return programmes.stream().anyMatch(scope.programmes()::contains) || territories.stream().anyMatch(inside::contains);
    }

    // ------------------------------------------------------------------ helpers

    private static void source(Draft d, Map<String, List<Map<String, String>>> tables, Map<String, List<Origin>> origins,
            Map<String, Map<String, String>> headers, List<Plan.Item> items) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", d.get("id") != null ? d.get("id") : slug(d.get("title") == null ? "source" : d.get("title")));
        for (String c : List.of("title", "publisher", "date", "url")) {
            row.put(c, d.get(c));
        }
        add(tables, origins, headers, "sources.csv", row, d.origin(), d.headers());
        items.add(new Plan.Item("source", row.get("id"), row.get("title"), "NEW", List.of(), where(d.origin(), null)));
    }

    private static void add(Map<String, List<Map<String, String>>> tables, Map<String, List<Origin>> origins,
            Map<String, Map<String, String>> headers, String file, Map<String, String> row, Origin origin, Map<String, String> named) {
        List<Map<String, String>> rows = tables.computeIfAbsent(file, f -> new ArrayList<>());
        rows.add(row);
        origins.computeIfAbsent(file, f -> new ArrayList<>()).add(origin);
        headers.put(file + ":" + (rows.size() + 1), named);
    }

    /** The tables as CSV text, every required file present (with its header only when empty). */
    private static Map<String, String> files(Map<String, List<Map<String, String>>> tables) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("sources.csv", SOURCE_COLUMNS);
        columns.put("organisations.csv", ORGANISATION_COLUMNS);
        columns.put("alliances.csv", ALLIANCE_COLUMNS);
        columns.put("memberships.csv", MEMBERSHIP_COLUMNS);
        columns.put("sdg_contributions.csv", List.of("alliance", "target", "basis", "note"));
        columns.forEach((file, cols) -> {
            StringBuilder text = new StringBuilder(String.join(",", cols)).append('\n');
            for (Map<String, String> row : tables.getOrDefault(file, List.of())) {
                List<String> cells = new ArrayList<>();
                for (String c : cols) {
                    String v = row.get(c);
                    cells.add(v == null ? "" : "\"" + v.replace("\"", "\"\"") + "\"");
                }
                text.append(String.join(",", cells)).append('\n');
            }
            files.put(file, text.toString());
        });
        return files;
    }

    private static Map<String, String> text(Map<String, Object> state, List<String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        if (state == null) {
            return out;
        }
        for (String f : fields) {
            Object v = state.get(f);
            if (v instanceof List<?> list) {
                out.put(f, String.join(";", new TreeSet<>(list.stream().map(String::valueOf).toList())));
            } else if (v != null) {
                out.put(f, String.valueOf(v));
            }
        }
        return out;
    }

    private static List<Plan.FieldChange> changes(Map<String, String> before, Map<String, String> after, List<String> fields) {
        List<Plan.FieldChange> changes = new ArrayList<>();
        for (String f : fields) {
            String b = blankToNull(before.get(f));
            String a = blankToNull(after.get(f));
            if (!Objects.equals(b, a)) {
                changes.add(new Plan.FieldChange(f, b, a));
            }
        }
        return changes;
    }

    private static String sorted(String list) {
        return String.join(";", new TreeSet<>(split(list)));
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : List.of(list.split("\\s*;\\s*"));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    static String slug(String name) {
        String slug = Columns.plain(name).replace('_', '-');
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "sans-nom" : slug;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private static String where(Origin origin, String column) {
        return origin.sheet() + (origin.row() > 0 ? ":" + origin.row() : "") + (column == null ? "" : " [" + column + "]");
    }

    private static Plan.Problem problem(String sheet, int row, String column, String reason) {
        return new Plan.Problem(where(new Origin(sheet, row), column), sheet, row, column, reason);
    }

    static Set<String> ids(Plan plan, String kind) {
        Set<String> ids = new LinkedHashSet<>();
        plan.items().stream().filter(i -> i.kind().equals(kind) && !i.status().equals("UNCHANGED")).forEach(i -> ids.add(i.id()));
        return ids;
    }
}

package org.alliancegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.ecosystem.ScopeInfo;
import org.alliancegraph.ecosystem.ScopeKind;
import org.alliancegraph.ecosystem.ScopeSelection;
import org.alliancegraph.ecosystem.ScopeSelector;
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.Labelled;
import org.alliancegraph.neo4j.StreamingReads;
import org.alliancegraph.territory.TerritoryPlaces;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.AllianceStatus;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.vocabulary.PartnerRole;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Builds exports in two steps: {@link #prepare} resolves the scope to the ids it keeps and checks the
 * size against the cap, before any byte is sent, so a refusal is still a clean 4xx; {@link #write}
 * then streams the nodes and the edges from the database to the writer, row by row. Only the ids
 * are held: the rows go out as the driver pulls them, so the heap does not grow with the file.
 * <p>
 * The rows are read through the driver, not {@code Neo4jClient}, because the client collects a
 * result before returning it; an explicit transaction (never retried: half a file is already sent)
 * with a timeout stops the database's work when the export is abandoned or too slow.
 */
@Service
class ExportService {

    private static final String SIZE = statement("size");
    private static final String ORGANISATIONS = statement("organisations");
    private static final String ORGANISATIONS_PROJECTION = statement("organisations-projection");
    private static final String ALLIANCES = statement("alliances");
    private static final String MEMBERSHIPS = statement("memberships");
    private static final String COPARTNERS = statement("copartners");

    private final ScopeSelector selector;
    private final StreamingReads reads;
    private final ExportProperties properties;
    private final TerritoryPlaces places;

    ExportService(ScopeSelector selector, StreamingReads reads, ExportProperties properties, TerritoryPlaces places) {
        this.selector = selector;
        this.reads = reads;
        this.properties = properties;
        this.places = places;
    }

    /** A request resolved and within the cap, ready to stream. */
    record Prepared(ExportRequest request, ScopeSelection selection, long nodes, long edgesAtMost) {

        String fileName(ExportFormat format) {
            ScopeInfo scope = selection.scope();
            String what = request.partners() ? "partners-" + scope.id() + "-depth-" + scope.radius()
                    : scope.kind().name().toLowerCase().replace('_', '-') + "-" + scope.id()
                            + (scope.radius() != null ? "-radius-" + scope.radius() : "");
            String name = "alliance-graph-" + what + "-" + request.shape().name().toLowerCase();
            return name.replaceAll("[^A-Za-z0-9._-]+", "-") + format.extension();
        }
    }

    Prepared prepare(ExportRequest request) {
        ScopeSelection selection;
        try {
            selection = selector.select(request.scope(), request.filter(), request.maxNodes(), request.betweenness(),
                    properties.bridgesUpToNodes());
        } catch (InvalidInputException e) {
            // A partners export names its parameters as the partners query does.
            if (request.partners() && e.field().startsWith("scope.")) {
                throw new InvalidInputException(e.field().equals("scope.radius") ? "depth" : "organisation", e.getMessage());
            }
            throw e;
        }
        long nodes = request.shape() == ExportShape.BIPARTITE ? selection.nodeCount() : selection.actorIds().size();
        long edges;
        if (selection.members() != null) {
            // The facts were read for the node budget or the bridges: no need to ask again.
            edges = request.shape() == ExportShape.BIPARTITE ? selection.members().memberships() : selection.members().pairs();
        } else {
            try (Session session = reads.session()) {
                Record size = session.run(SIZE, Map.of("allianceIds", selection.allianceIds())).single();
                edges = request.shape() == ExportShape.BIPARTITE ? size.get("memberships").asLong() : size.get("pairs").asLong();
            }
        }
        long elements = nodes + edges;
        if (elements > properties.maxElements()) {
            throw new InvalidInputException(request.maxNodes() != null ? "maxNodes" : "scope", String.format(
                    "this export would hold up to %,d elements (%,d nodes and %,d edges), over the limit of %,d "
                            + "(alliance-graph.export.max-elements); narrow the scope or the filter, or pass maxNodes",
                    elements, nodes, edges, properties.maxElements()));
        }
        return new Prepared(request, selection, nodes, edges);
    }

    /** Streams the prepared export into {@code out} in the writer's format. */
    void write(Prepared p, ExportFormat format, GraphWriter writer) throws IOException {
        ExportRequest request = p.request();
        ScopeSelection s = p.selection();
        boolean bridges = s.bridges() != null;
        ExportMeta meta = new ExportMeta(title(p), description(p), request.shape(), request.lang(),
                ExportColumns.nodes(request.shape(), bridges), ExportColumns.edges(request.shape()));
        Map<String, Object> params = new HashMap<>();
        params.put("allianceIds", s.allianceIds());
        params.put("actorIds", s.actorIds());
        Lang lang = request.lang();
        try (Session session = reads.session();
                Transaction tx = session.beginTransaction(TransactionConfig.builder()
                        .withTimeout(properties.transactionTimeout()).withMetadata(Map.of("app", "alliance-graph-export")).build())) {
            writer.start(meta);
            if (format.wantsNodes()) {
                // Alliances first: their rows carry their kept members, from which each organisation's
                // degree and first date are counted here (a map the size of the scope's actors).
                Map<String, Known> known = HashMap.newHashMap(s.actorIds().size());
                if (request.shape() == ExportShape.BIPARTITE) {
                    stream(tx, ALLIANCES, params, r -> writer.node(alliance(r, bridges ? s.bridges() : null,
                            meta.nodeColumns().size(), lang, known)));
                }
                stream(tx, request.shape() == ExportShape.BIPARTITE ? ORGANISATIONS : ORGANISATIONS_PROJECTION, params, r -> writer.node(organisation(r, request.shape(), bridges ? s.bridges() : null,
                        meta.nodeColumns().size(), lang, known)));
            }
            writer.startEdges();
            if (format.wantsEdges()) {
                if (request.shape() == ExportShape.BIPARTITE) {
                    stream(tx, MEMBERSHIPS, params, r -> writer.edge(membership(r, lang)));
                } else {
                    stream(tx, COPARTNERS, params, r -> writer.edge(copartnership(r)));
                }
            }
            writer.finish();
            tx.commit();
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(Record r) throws IOException;
    }

    private static void stream(Transaction tx, String cypher, Map<String, Object> params, RowHandler handler)
            throws IOException {
        Result result = tx.run(cypher, params);
        while (result.hasNext()) {
            handler.accept(result.next());
        }
    }

    // --- rows to elements -------------------------------------------------------------------

    /** How many kept memberships an organisation has, and since when it is known in one of them. */
    private static final class Known {
        int memberships;
        LocalDate first;

        void add(LocalDate since) {
            memberships++;
            if (since != null && (first == null || since.isBefore(first))) {
                first = since;
            }
        }
    }

    private Element organisation(Record r, ExportShape shape, Map<String, Double> bridges, int width, Lang lang,
            Map<String, Known> known) {
        String key = r.get("id").asString();
        String id = "organisation:" + key;
        String kind = str(r.get("kind"));
        Known k = known.get(key);
        int degree = shape == ExportShape.BIPARTITE ? (k == null ? 0 : k.memberships) : (int) r.get("partners").asLong();
        LocalDate first = shape == ExportShape.BIPARTITE ? (k == null ? null : k.first) : date(r.get("first"));
        String territory = str(r.get("territoryId"));
        TerritoryPlaces.Place place = places.of(territory);
        Row row = new Row(width);
        row.add("ORGANISATION").add(kind).add(label(kind, OrganisationKind.class, lang)).add(str(r.get("acronym")))
                .add(str(r.get("siren"))).add(territory).add(place == null ? null : place.name())
                .add(place == null ? null : join(place.departements())).add(place == null ? null : join(place.regions()));
        if (shape == ExportShape.BIPARTITE) {
            row.skip(ExportColumns.ALLIANCE.size());
        }
        row.add(degree);
        if (bridges != null) {
            row.add(bridges.getOrDefault(id, 0.0));
        }
        sources(row, r.get("sources"));
        return Element.node(id, str(r.get("name")), first, null, Palette.kind(kind), size(degree),
                position(id, 0), position(id, 1), row.values());
    }

    private Element alliance(Record r, Map<String, Double> bridges, int width, Lang lang, Map<String, Known> known) {
        String id = "alliance:" + r.get("id").asString();
        String mode = str(r.get("mode"));
        String phase = str(r.get("phase"));
        String status = str(r.get("status"));
        LocalDate start = date(r.get("startDate"));
        LocalDate end = date(r.get("endDate"));
        List<Value> members = r.get("members").asList(v -> v);
        for (Value m : members) {
            known.computeIfAbsent(m.get(0).asString(), x -> new Known()).add(date(m.get(1)));
        }
        int degree = members.size();
        List<String> territories = r.get("territories").asList(Value::asString);
        List<TerritoryPlaces.Place> at = territories.stream().map(places::of).toList();
        Row row = new Row(width);
        row.add("ALLIANCE").skip(4).add(join(territories))
                .add(join(at.stream().map(p -> p == null ? null : p.name()).toList()))
                .add(join(at.stream().filter(p -> p != null).flatMap(p -> p.departements().stream()).distinct().toList()))
                .add(join(at.stream().filter(p -> p != null).flatMap(p -> p.regions().stream()).distinct().toList()))
                .add(mode).add(label(mode, AllianceMode.class, lang)).add(phase).add(label(phase, InnovationPhase.class, lang))
                .add(status).add(label(status, AllianceStatus.class, lang)).add(start).add(end)
                .add(joined(r.get("targets"))).add(joined(r.get("programmes"))).add(degree);
        if (bridges != null) {
            row.add(bridges.getOrDefault(id, 0.0));
        }
        sources(row, r.get("sources"));
        return Element.node(id, str(r.get("name")), start, end, Palette.mode(mode), size(degree), position(id, 0),
                position(id, 1), row.values());
    }

    private static Element membership(Record r, Lang lang) {
        String organisation = "organisation:" + r.get("organisation").asString();
        String alliance = "alliance:" + r.get("alliance").asString();
        String role = str(r.get("role"));
        LocalDate since = date(r.get("since"));
        LocalDate until = date(r.get("until"));
        Object[] values = {"PARTNER_IN", role, label(role, PartnerRole.class, lang), since, until, str(r.get("source")),
                str(r.get("quote")), str(r.get("page"))};
        return Element.edge(organisation + "__" + role + "__" + alliance, organisation, alliance, 1,
                since != null ? since : date(r.get("allianceStart")), until != null ? until : date(r.get("allianceEnd")), values);
    }

    private static Element copartnership(Record r) {
        String a = "organisation:" + r.get("organisation").asString();
        String b = "organisation:" + r.get("other").asString();
        List<String> alliances = r.get("alliances").asList(Value::asString);
        List<LocalDate> starts = r.get("starts").asList(v -> v.isNull() ? null : v.asLocalDate());
        List<LocalDate> ends = r.get("ends").asList(v -> v.isNull() ? null : v.asLocalDate());
        LocalDate since = starts.stream().filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        // Ongoing while any shared alliance has no end.
        LocalDate until = ends.contains(null) ? null : ends.stream().max(LocalDate::compareTo).orElse(null);
        Object[] values = {"CO_PARTNER", alliances.size(), join(alliances),
                join(r.get("modes").asList(v -> v.isNull() ? "" : v.asString())), since, until};
        return Element.edge(a + "__" + b, a, b, alliances.size(), since, until, values);
    }

    /** Column values in order; {@link #skip} leaves the columns of the other node type empty. */
    private static final class Row {
        private final Object[] values;
        private int next;

        Row(int width) {
            values = new Object[width];
        }

        Row add(Object value) {
            values[next++] = value;
            return this;
        }

        Row skip(int n) {
            next += n;
            return this;
        }

        Object[] values() {
            return values;
        }
    }

    /** Sources, quotes and pages, in the same order, each list joined. */
    private static void sources(Row row, Value sources) {
        List<Value> list = sources.asList(v -> v);
        if (list.isEmpty()) {
            row.skip(3);
            return;
        }
        row.add(join(list.stream().map(s -> str(s.get(0))).toList()))
                .add(join(list.stream().map(s -> str(s.get(1))).toList()))
                .add(join(list.stream().map(s -> str(s.get(2))).toList()));
    }

    private static double size(int degree) {
        return Math.round((3 + 2.5 * Math.sqrt(degree)) * 100) / 100.0;
    }

    /** A spread-out start for layouts (and for sigma.js, which needs positions): from the id, so the same file twice is the same. */
    private static double position(String id, int axis) {
        int h = (id.hashCode() * 0x9E3779B1) ^ (axis == 0 ? 0 : 0x5bd1e995);
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        h ^= h >>> 12;
        return Math.round(((h & 0xFFFFFF) / (double) 0xFFFFFF * 2 - 1) * 10000) / 10000.0;
    }

    private static <E extends Enum<E> & Labelled> String label(String code, Class<E> type, Lang lang) {
        if (code == null) {
            return null;
        }
        try {
            return lang.of(Enum.valueOf(type, code).label());
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String str(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    private static String joined(Value list) {
        return join(list.asList(v -> v.isNull() ? null : v.asString()));
    }

    /** Null for nothing; the separator between several; an absent item as an empty place, so lists line up. */
    private static String join(List<String> items) {
        StringBuilder b = null;
        boolean any = false;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (b == null) {
                b = new StringBuilder();
            } else {
                b.append(Column.LIST_SEPARATOR);
            }
            if (item != null) {
                b.append(item);
                any = true;
            }
        }
        return any ? b.toString() : null;
    }

    private static String title(Prepared p) {
        ScopeInfo scope = p.selection().scope();
        String name = scope.name() == null ? scope.id() : scope.name();
        boolean en = p.request().lang() == Lang.EN;
        if (p.request().partners()) {
            return (en ? "Partners of " : "Partenaires de ") + name + (en ? ", depth " : ", profondeur ") + scope.radius();
        }
        return (en ? "Ecosystem of " : "Écosystème de ") + name
                + (scope.kind() == ScopeKind.ORGANISATION ? (en ? ", radius " : ", rayon ") + scope.radius() : "");
    }

    private static String description(Prepared p) {
        ScopeSelection s = p.selection();
        boolean en = p.request().lang() == Lang.EN;
        String shape = p.request().shape() == ExportShape.BIPARTITE
                ? (en ? "Organisations and alliances, memberships as edges" : "Organisations et alliances, adhésions en liens")
                : (en ? "Organisations, linked by the alliances they share (weight: how many)"
                        : "Organisations, reliées par les alliances qu’elles partagent (poids : leur nombre)");
        String truncated = s.truncated() ? (en ? "; cut to " + p.request().maxNodes() + " nodes, largest alliances first"
                : "; réduit à " + p.request().maxNodes() + " nœuds, plus grandes alliances d’abord") : "";
        String bridges = s.bridges() == null ? ""
                : (en ? "; betweenness " : "; intermédiarité ") + s.bridgeMethod().toLowerCase() + " (" + s.bridgeSources()
                        + (en ? " sources)" : " sources)");
        return shape + truncated + bridges + (en ? ". Every fact carries its source and quote. Generated "
                : ". Chaque fait porte sa source et sa citation. Produit le ") + LocalDate.now() + ".";
    }

    private static String statement(String name) {
        return CypherText.read("export/" + name + ".cypher");
    }

    /** For the controller: the writer of a format on the response stream ({@code excel}: CSV for French Excel). */
    static GraphWriter writer(ExportFormat format, OutputStream out, boolean excel) {
        return switch (format) {
            case GEXF -> new GexfWriter(out);
            case GRAPHML -> new GraphmlWriter(out);
            case CYTOSCAPE -> new CytoscapeWriter(out);
            case GRAPHOLOGY -> new GraphologyWriter(out);
            case CSV, CSV_NODES, CSV_EDGES -> new CsvWriter(out, format, excel);
            case XLSX -> new XlsxWriter(out);
        };
    }
}

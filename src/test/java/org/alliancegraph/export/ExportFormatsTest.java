package org.alliancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.ecosystem.EcosystemScope;
import org.alliancegraph.ecosystem.ScopeSelector;
import org.alliancegraph.neo4j.StreamingReads;
import org.alliancegraph.support.ChildProcess;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every export format, checked the way its users read it: GEXF and GraphML against the official
 * XSDs, GraphML read back by networkx, the JSON forms loaded by the real cytoscape and graphology
 * packages (node), CSV by a CSV parser; and each file's content compared with what the GraphQL API
 * answers for the same scope.
 */
@AllianceGraphTest
class ExportFormatsTest {

    private static final Path WORK = Path.of("target", "export-test");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    GraphQlTester graphQl;
    @Autowired
    ScopeSelector selector;
    @Autowired
    StreamingReads reads;
    @Autowired
    org.alliancegraph.territory.TerritoryPlaces places;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    byte[] ok(String pathAndQuery, String mediaType) throws Exception {
        HttpResponse<byte[]> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=");
        return response.body();
    }

    static void validate(byte[] xml, String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(ExportFormatsTest.class.getResource("/schemas/" + schema)).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The attvalues of one GEXF node or edge, by attribute id. */
    static Map<String, String> attvalues(Element e) {
        Map<String, String> values = new HashMap<>();
        NodeList list = e.getElementsByTagNameNS(GexfWriter.NS, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element v = (Element) list.item(i);
            values.put(v.getAttribute("for"), v.getAttribute("value"));
        }
        return values;
    }

    static Element byId(Document doc, String tag, String id) {
        NodeList list = doc.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError(tag + " " + id + " not in the file");
    }

    /** The PHARE programme as GraphQL sees it: its alliances and their partners. */
    Set<String> phareNodeIds() {
        List<String> ids = graphQl.document("""
                { ecosystem(scope: {programme: "phare"}) { subgraph(maxNodes: 10000) { nodes { id } } } }""")
                .execute().path("ecosystem.subgraph.nodes[*].id").entityList(String.class).get();
        return new HashSet<>(ids);
    }

    @Test
    void gexf_is_valid_and_carries_the_facts_their_sources_and_dates() throws Exception {
        byte[] gexf = ok("/export/gexf?scope.programme=phare", "application/gexf+xml");
        validate(gexf, "gexf-1.3/gexf.xsd");
        Document doc = dom(gexf);
        Set<String> ids = new HashSet<>();
        NodeList nodes = doc.getElementsByTagNameNS(GexfWriter.NS, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        assertThat(ids).isEqualTo(phareNodeIds()).contains("alliance:partenariat-phare", "organisation:le-rameau");
        Element phare = byId(doc, "node", "alliance:partenariat-phare");
        assertThat(phare.getAttribute("label")).isEqualTo("Partenariat du programme PHARE");
        // Gephi's timeline: the alliance lives from its start to its end.
        assertThat(phare.getAttribute("start")).isEqualTo("2013-01-01");
        assertThat(phare.getAttribute("end")).startsWith("2017");
        Map<String, String> values = attvalues(phare);
        assertThat(values).containsEntry("nodeType", "ALLIANCE").containsEntry("mode", "MECENAT")
                .containsEntry("modeLabel", "Mécénat").containsEntry("status", "TERMINEE").containsEntry("degree", "11")
                .containsEntry("programmes", "phare").containsEntry("sources", "lerameau-2018-phare");
        assertThat(values.get("quotes")).contains("Le programme PHARE est mené en partenariat avec la Caisse des Dépôts");
        assertThat(values.get("sdgTargets")).contains("17.17");
        NodeList edges = doc.getElementsByTagNameNS(GexfWriter.NS, "edge");
        assertThat(edges.getLength()).isEqualTo(11);
        Element membership = (Element) edges.item(0);
        assertThat(attvalues(membership)).containsKeys("role", "roleLabel", "sources").containsEntry("linkType", "PARTNER_IN");
        // A membership without dates of its own takes its alliance's.
        assertThat(membership.getAttribute("start")).isNotEmpty();
    }

    @Test
    void projection_weights_are_the_shared_alliances_the_partners_query_counts() throws Exception {
        byte[] gexf = ok("/export/gexf?scope.organisation=wimoov&scope.radius=1&shape=projection&betweenness=true&lang=en",
                "application/gexf+xml");
        validate(gexf, "gexf-1.3/gexf.xsd");
        Document doc = dom(gexf);
        Map<String, Integer> expected = new HashMap<>();
        graphQl.document("""
                { organisation(id: "wimoov") { partners(first: 500) { organisation { id } sharedAllianceCount } } }""")
                .execute().path("organisation.partners").entityList(Map.class).get()
                .forEach(p -> expected.put("organisation:" + ((Map<?, ?>) p.get("organisation")).get("id"),
                        ((Number) p.get("sharedAllianceCount")).intValue()));
        assertThat(expected).isNotEmpty();
        Map<String, Integer> weights = new HashMap<>();
        NodeList edges = doc.getElementsByTagNameNS(GexfWriter.NS, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            String other = e.getAttribute("source").equals("organisation:wimoov") ? e.getAttribute("target")
                    : e.getAttribute("target").equals("organisation:wimoov") ? e.getAttribute("source") : null;
            if (other != null) {
                weights.put(other, (int) Double.parseDouble(e.getAttribute("weight")));
                assertThat(attvalues(e).get("sharedAlliances")).isEqualTo(e.getAttribute("weight").replace(".0", ""));
            }
        }
        assertThat(weights).isEqualTo(expected);
        // English titles, and bridge scores declared and given.
        assertThat(gexfAttributeTitle(doc, "betweenness")).isEqualTo("Betweenness (bridge score)");
        assertThat(attvalues(byId(doc, "node", "organisation:wimoov"))).containsKey("betweenness")
                .containsEntry("nodeType", "ORGANISATION").doesNotContainKey("mode");
    }

    static String gexfAttributeTitle(Document doc, String id) {
        return byId(doc, "attribute", id).getAttribute("title");
    }

    @Test
    void graphml_is_valid_and_networkx_reads_it_back() throws Exception {
        byte[] graphml = ok("/export/graphml?scope.programme=phare", "application/graphml+xml");
        validate(graphml, "graphml-1.0/graphml.xsd");
        Path file = write("phare.graphml", graphml);
        Assumptions.assumeTrue(run(List.of("/usr/bin/python3", "-c", "import networkx")).exit() == 0,
                "networkx is not installed for /usr/bin/python3 (Debian package python3-networkx; .ci/run installs it)");
        Run read = run(List.of("/usr/bin/python3", "-c", """
                import json, sys, networkx as nx
                g = nx.read_graphml(sys.argv[1])
                n = g.nodes['alliance:partenariat-phare']
                print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'mode': n['mode'],
                    'degree': n['degree'], 'degreeType': type(n['degree']).__name__, 'quotes': n['quotes'],
                    'rameau': g.nodes['organisation:le-rameau']['kind']}))
                """, file.toString()));
        assertThat(read.exit()).as(read.output()).isZero();
        JsonNode seen = JSON.readTree(read.output());
        assertThat(seen.get("nodes").asInt()).isEqualTo(phareNodeIds().size());
        assertThat(seen.get("edges").asInt()).isEqualTo(11);
        assertThat(seen.get("mode").asString()).isEqualTo("MECENAT");
        assertThat(seen.get("degree").asInt()).isEqualTo(11);
        assertThat(seen.get("degreeType").asString()).isEqualTo("int");
        assertThat(seen.get("quotes").asString()).contains("Le programme PHARE");
        assertThat(seen.get("rameau").asString()).isEqualTo("ASSOCIATION");
    }

    @Test
    void json_forms_load_in_the_real_cytoscape_and_graphology() throws Exception {
        int expected = phareNodeIds().size();
        for (String format : List.of("cytoscape", "graphology")) {
            Path file = write("phare." + format + ".json", ok("/export/" + format + "?scope.programme=phare", "application/json"));
            Run read = run(List.of("node", Path.of("explorer", "test", "read-export.mjs").toString(), format, file.toString(),
                    "alliance:partenariat-phare"));
            assertThat(read.exit()).as(read.output()).isZero();
            JsonNode seen = JSON.readTree(read.output());
            assertThat(seen.get("nodes").asInt()).as(format).isEqualTo(expected);
            assertThat(seen.get("edges").asInt()).as(format).isEqualTo(11);
            assertThat(seen.get("degree").asInt()).as(format).isEqualTo(11);
            assertThat(seen.get("node").get("mode").asString()).as(format).isEqualTo("MECENAT");
            assertThat(seen.get("node").get("startDate").asString()).as(format).isEqualTo("2013-01-01");
            assertThat(seen.get("node").get("quotes").asString()).as(format).contains("Le programme PHARE");
            assertThat(seen.get("node").get("color").asString()).as(format).startsWith("#");
        }
    }

    @Test
    void csv_lists_hold_every_node_and_edge() throws Exception {
        byte[] zip = ok("/export/csv?scope.programme=phare", "application/zip");
        Map<String, List<CSVRecord>> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), csv(in.readAllBytes()));
            }
        }
        assertThat(files.keySet()).containsExactlyInAnyOrder("nodes.csv", "edges.csv");
        assertThat(files.get("nodes.csv")).hasSize(phareNodeIds().size());
        assertThat(files.get("edges.csv")).hasSize(11);
        CSVRecord phare = files.get("nodes.csv").stream().filter(r -> r.get("id").equals("alliance:partenariat-phare"))
                .findFirst().orElseThrow();
        assertThat(phare.get("mode")).isEqualTo("MECENAT");
        assertThat(phare.get("quotes")).contains("Le programme PHARE");
        // The single lists are the zip's entries.
        assertThat(csv(ok("/export/nodes.csv?scope.programme=phare", "text/csv"))).hasSize(phareNodeIds().size());
        assertThat(csv(ok("/export/edges.csv?scope.programme=phare", "text/csv")).getFirst().get("linkType"))
                .isEqualTo("PARTNER_IN");
    }

    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)).getRecords();
    }

    @Test
    void partners_export_holds_the_organisations_the_partners_query_reaches() throws Exception {
        Set<String> expected = new HashSet<>(List.of("organisation:wimoov"));
        graphQl.document("""
                { partners(organisation: "wimoov", depth: 2, first: 500) { edges { organisation { id } } } }""")
                .execute().path("partners.edges[*].organisation.id").entityList(String.class).get()
                .forEach(id -> expected.add("organisation:" + id));
        JsonNode json = JSON.readTree(ok("/export/graphology?organisation=wimoov&depth=2", "application/json"));
        Set<String> organisations = new HashSet<>();
        json.get("nodes").forEach(n -> {
            if (n.get("key").asString().startsWith("organisation:")) {
                organisations.add(n.get("key").asString());
            }
        });
        assertThat(organisations).isEqualTo(expected);
        assertThat(json.get("attributes").get("name").asString()).startsWith("Partenaires de ");
    }

    @Test
    void a_node_budget_keeps_what_the_subgraph_keeps() throws Exception {
        List<String> subgraph = graphQl.document("""
                { ecosystem(scope: {territory: "FR"}) { subgraph(maxNodes: 25) { nodes { id } truncated } } }""")
                .execute().path("ecosystem.subgraph.nodes[*].id").entityList(String.class).get();
        HttpResponse<byte[]> response = get("/export/graphology?scope.territory=FR&maxNodes=25");
        assertThat(response.headers().firstValue("X-Export-Truncated")).hasValue("true");
        Set<String> exported = new HashSet<>();
        JSON.readTree(response.body()).get("nodes").forEach(n -> exported.add(n.get("key").asString()));
        assertThat(exported).isEqualTo(new HashSet<>(subgraph)).hasSizeLessThanOrEqualTo(25);
    }

    @Test
    void bad_parameters_get_the_graphql_classification_and_the_parameter() throws Exception {
        record Case(String query, String argument, String message) {
        }
        for (Case c : List.of(
                new Case("/export/svg?scope.programme=phare", "format", "'svg' is not an export format"),
                new Case("/export/gexf", "scope", "give a scope"),
                new Case("/export/gexf?scope.territory=nowhere", "scope.territory", "is not a territory id"),
                new Case("/export/gexf?scope.programme=phare&filter.modes=MECENAT,DON", "filter.modes", "must be one of"),
                new Case("/export/gexf?scope.programme=phare&filter.activeAt=2020-13-01", "filter.activeAt", "YYYY-MM-DD"),
                new Case("/export/gexf?scope.programme=phare&shape=tree", "shape", "must be one of BIPARTITE, PROJECTION"),
                new Case("/export/gexf?scope.programme=phare&maxNodes=0", "maxNodes", "must be between 1 and"),
                new Case("/export/gexf?scope.programme=phare&colour=red", "colour", "is not an export parameter"),
                new Case("/export/gexf?organisation=nobody", "organisation", "organisation 'nobody' does not exist"),
                new Case("/export/gexf?organisation=wimoov&depth=4", "depth", "'depth' must be 1"),
                new Case("/export/gexf?organisation=wimoov&scope.programme=phare", "organisation", "not both"))) {
            HttpResponse<byte[]> response = get(c.query());
            assertThat(response.statusCode()).as(c.query()).isEqualTo(400);
            JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
            assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
            assertThat(error.get("extensions").get("argument").asString()).as(c.query()).isEqualTo(c.argument());
            assertThat(error.get("message").asString()).as(c.query()).contains(c.message()).doesNotContain("Exception");
        }
    }

    @Test
    void an_export_over_the_cap_is_refused_before_it_starts_naming_the_limit() {
        ExportService small = new ExportService(selector, reads, new ExportProperties(10, 10_000, Duration.ofMinutes(1)), places);
        ExportRequest phare = new ExportRequest(new EcosystemScope(null, "phare", null, null, null, null), AllianceFilter.NONE,
                ExportShape.BIPARTITE, null, false, Lang.FR, false);
        assertThatThrownBy(() -> small.prepare(phare)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("over the limit of 10 (alliance-graph.export.max-elements)")
                .hasMessageContaining("12 nodes and 11 edges");
    }

    @Test
    void graphql_gives_a_link_per_format_that_answers() throws Exception {
        List<Map> links = graphQl.document("""
                { ecosystem(scope: {programme: "phare"}, filter: {modes: [MECENAT], activeAt: "2015-06-01"}) {
                    exports(shape: PROJECTION, lang: EN) { format shape mediaType url } }
                  partners(organisation: "wimoov", depth: 2) { exports { format url } } }""")
                .execute().path("ecosystem.exports").entityList(Map.class).get();
        assertThat(links).extracting(l -> l.get("format")).containsExactly("GEXF", "GRAPHML", "CYTOSCAPE", "GRAPHOLOGY",
                "CSV", "CSV_NODES", "CSV_EDGES", "XLSX");
        String gexf = (String) links.getFirst().get("url");
        assertThat(gexf).isEqualTo("/export/gexf?scope.programme=phare&filter.modes=MECENAT&filter.activeAt=2015-06-01"
                + "&shape=projection&lang=en");
        validate(ok(gexf, "application/gexf+xml"), "gexf-1.3/gexf.xsd");
        String partners = graphQl.document("{ partners(organisation: \"wimoov\", depth: 2) { exports { url } } }").execute()
                .path("partners.exports[0].url").entity(String.class).get();
        assertThat(partners).isEqualTo("/export/gexf?organisation=wimoov&depth=2");
        validate(ok(partners, "application/gexf+xml"), "gexf-1.3/gexf.xsd");
    }

    static Path write(String name, byte[] bytes) throws IOException {
        Files.createDirectories(WORK);
        return Files.write(WORK.resolve(name), bytes);
    }

    record Run(int exit, String output) {
    }

    static Run run(List<String> command) throws Exception {
        ChildProcess.Ended ended = ChildProcess.start(new ArrayList<>(command)).awaitExit(Duration.ofSeconds(120));
        return new Run(ended.exit(), ended.output().strip());
    }
}

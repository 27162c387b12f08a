package org.alliancegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.alliancegraph.AllianceGraphTest;
import org.alliancegraph.support.SessionClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The explorer page in a real headless Chromium (Debian's chromium and chromedriver), as a
 * dispositif manager uses it: pick PHARE and a territory by typing, see the expected organisations
 * drawn, click one for its details and source quote, switch to English, change a filter, reopen the
 * shared URL, download an export and validate it. Screenshots go to target/screenshots.
 */
@AllianceGraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    GraphQlTester graphQl;
    @Autowired
    Neo4jClient client;

    ChromeDriver browser;
    Path downloads;
    Path profile;

    @BeforeAll
    void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; "
                        + ".ci/run installs them)");
        downloads = Files.createTempDirectory("explorer-downloads");
        profile = Files.createTempDirectory("explorer-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // This machine has no internet: Chromium's own background traffic is switched off.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1400,900", "--lang=fr");
        // Several downloads from one page are allowed (a person answers Chrome's prompt once; headless has none to answer).
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "profile.default_content_setting_values.automatic_downloads", 1));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String query) {
        return "http://127.0.0.1:" + port + "/" + query;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Waits until the load after the {@code after}-th is done, and returns the drawn node ids. */
    @SuppressWarnings("unchecked")
    Set<String> drawnAfter(long after) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> Boolean.TRUE.equals(js(
                "return window.allianceGraph && window.allianceGraph.ready && window.allianceGraph.loads > arguments[0]", after)));
        assertThat(js("return window.allianceGraph.error")).isNull();
        return new HashSet<>((List<String>) js("return window.allianceGraph.nodes()"));
    }

    long loads() {
        return ((Number) js("return window.allianceGraph ? window.allianceGraph.loads : 0")).longValue();
    }

    void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Types into the scope picker and chooses the suggestion for {@code id}. */
    void pick(String text, String id) {
        WebElement input = browser.findElement(By.id("scope-input"));
        input.clear();
        input.sendKeys(text);
        By suggestion = By.cssSelector("#suggestions li[data-id='" + id + "']");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.findElements(suggestion).isEmpty());
        browser.findElement(suggestion).click();
    }

    Set<String> subgraph(String scope, String filter) {
        return new HashSet<>(graphQl.document("{ ecosystem(scope: " + scope + (filter == null ? "" : ", filter: " + filter)
                + ") { subgraph(maxNodes: 2000) { nodes { id } } } }").execute()
                .path("ecosystem.subgraph.nodes[*].id").entityList(String.class).get());
    }

    /** The page opened afresh, PHARE chosen by typing; returns what it drew. */
    Set<String> openOnPhare() {
        browser.get(url(""));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Boolean.TRUE.equals(js(
                "return window.allianceGraph && window.allianceGraph.ready")));
        long before = loads();
        pick("PHARE", "phare");
        return drawnAfter(before);
    }

    /** GraphiQL comes from the jar: it opens and answers on a machine without internet. */
    @Test
    void graphiql_opens_without_internet_and_answers() {
        browser.get(url("graphiql"));
        until(b -> !b.findElements(By.cssSelector(".graphiql-container .graphiql-execute-button")).isEmpty());
        js("document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('{ programme(id: \"phare\") { name } }')");
        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
        until(b -> String.valueOf(js("return document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()"))
                .contains("Programme PHARE"));
    }

    /** The page opened on a view given by its URL, once drawn. */
    Set<String> open(String query) {
        browser.get(url(query));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> Boolean.TRUE.equals(js(
                "return window.allianceGraph && window.allianceGraph.ready && window.allianceGraph.loads > 0")));
        return drawnAfter(0);
    }

    List<String> chips(String id) {
        return browser.findElement(By.id(id)).findElements(By.cssSelector(".chip")).stream().map(WebElement::getText).toList();
    }

    /** What misled a manager in the summary and the picker, each checked where it happened. */
    @Test
    void the_summary_and_the_picker_say_what_is_there() {
        // A région: a domain is either covered or missing, never both.
        open("?territory=region:24");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.id("fragility-covered")).isEmpty());
        List<String> covered = chips("fragility-covered");
        List<String> missing = chips("fragility-missing");
        assertThat(covered).as("covered").isNotEmpty().doesNotContainAnyElementsOf(missing);
        // A département without any alliance covers no domain.
        open("?territory=departement:48");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.id("fragility-covered")).isEmpty());
        assertThat(chips("fragility-covered")).containsExactly("aucun");

        // A région's organisations in no alliance are counted, not drawn, until asked for; its registered
        // organisations (three associations with RNA numbers, written here) are summed up by field.
        client.query("""
                MATCH (t:Territory {id: 'commune:31555'})
                UNWIND range(1, 3) AS i
                CREATE (o:Organisation {id: 'pg-rna-' + i, name: 'Association test ' + i, kind: 'ASSOCIATION', rna: 'W31000000' + i,
                        active: true, socialObjects: ['015000'], departement: 'departement:31', region: 'region:76'})
                CREATE (o)-[:LOCATED_IN]->(t)""").run();
        try {
            Set<String> allied = open("?territory=region:76");
            assertThat(allied).doesNotContain("organisation:universite-toulouse", "organisation:pg-rna-1");
            until(b -> !b.findElements(By.cssSelector("#registered-total")).isEmpty());
            assertThat(browser.findElement(By.id("registered-total")).getText())
                    .isEqualTo("3 organisations enregistrées (RNA, SIRENE), dont 0 dans une alliance (0 %)");
            assertThat(browser.findElement(By.id("registered-objects")).getText()).isEqualTo("3 Éducation, formation");
            String unallied = browser.findElement(By.id("unallied")).getText();
            long shown = loads();
            browser.findElement(By.id("unallied-toggle")).click();
            Set<String> all = drawnAfter(shown);
            assertThat(all).contains("organisation:universite-toulouse", "organisation:pg-rna-1").containsAll(allied);
            assertThat(browser.getCurrentUrl()).contains("unallied=1");
            assertThat(unallied).matches("\\d+ organisations situées ici dans aucune alliance Les afficher");
            assertThat(all.size() - allied.size()).isEqualTo(Integer.parseInt(unallied.split(" ")[0]));
        } finally {
            client.query("MATCH (o:Organisation) WHERE o.id STARTS WITH 'pg-rna-' DETACH DELETE o").run();
        }

        // A sub-territory clicked narrows the view to it.
        open("?territory=FR");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.cssSelector("#sub-with button.chip")).isEmpty());
        WebElement sub = browser.findElement(By.cssSelector("#sub-with button.chip"));
        String subId = sub.getAttribute("data-scope-id");
        long before = loads();
        sub.click();
        drawnAfter(before);
        assertThat(browser.getCurrentUrl()).contains("territory=" + subId.replace(":", "%3A"));

        // With a filter, what is counted is what is drawn, and nothing drawn is isolated.
        Set<String> drawn = open("?territory=FR&modes=MECENAT");
        long organisations = drawn.stream().filter(id -> id.startsWith("organisation:")).count();
        String counted = browser.findElement(By.cssSelector("#summary-body p b")).getText();
        assertThat(Long.parseLong(counted)).isEqualTo(organisations);

        // The legend is drawn beside the canvas, never over a node.
        Object overlap = js("const l = document.getElementById('legend').getBoundingClientRect(),"
                + " g = document.getElementById('graph').getBoundingClientRect();"
                + " return l.bottom > g.top && l.top < g.bottom && l.right > g.left && l.left < g.right");
        assertThat(overlap).isEqualTo(false);

        // A small graph shows every label; a key actor clicked brings its details into view.
        open("?programme=phare");
        assertThat(((Number) js("return window.allianceGraph.labelThreshold()")).intValue()).isZero();
        until(b -> !b.findElements(By.cssSelector("#key-partners button[data-node]")).isEmpty());
        js("document.querySelector('.side').scrollTop = document.querySelector('.side').scrollHeight");
        browser.findElement(By.cssSelector("#key-partners button[data-node]")).click();
        until(b -> Boolean.TRUE.equals(js("const p = document.querySelector('.side').getBoundingClientRect(),"
                + " d = document.getElementById('details').getBoundingClientRect(); return d.top >= p.top - 1 && d.top < p.bottom")));

        // A goal's tile, then its chip, narrows the view to the goal; its title follows the language.
        browser.findElement(By.cssSelector(".sdg[data-goal='17']")).click();
        until(b -> !b.findElements(By.cssSelector("#sdg-detail button[data-scope-kind='sdgGoal']")).isEmpty());
        long beforeGoal = loads();
        browser.findElement(By.cssSelector("#sdg-detail button[data-scope-kind='sdgGoal']")).click();
        drawnAfter(beforeGoal);
        assertThat(browser.getCurrentUrl()).contains("sdgGoal=");
        String french = browser.findElement(By.id("scope-current")).getText();
        browser.findElement(By.id("lang-en")).click();
        String english = browser.findElement(By.id("scope-current")).getText();
        assertThat(english).startsWith("SDG goal : 17.").isNotEqualTo(french);
        assertThat(french).startsWith("Objectif ODD : 17.");
        browser.findElement(By.id("lang-fr")).click();

        // The landing page offers starting points: a programme is one click from its map.
        browser.get(url(""));
        until(b -> !b.findElements(By.cssSelector("#start-programmes button[data-scope-id='phare']")).isEmpty());
        String first = graphQl.document("{ mostConnected(first: 1) { organisation { id } } }").execute()
                .path("mostConnected[0].organisation.id").entity(String.class).get();
        assertThat(browser.findElement(By.cssSelector("#start-organisations button")).getAttribute("data-scope-id")).isEqualTo(first);
        long landing = loads();
        browser.findElement(By.cssSelector("#start-programmes button[data-scope-id='phare']")).click();
        assertThat(drawnAfter(landing)).isNotEmpty();
        assertThat(browser.getCurrentUrl()).contains("programme=phare");

        // Typing a région's name offers the région first.
        WebElement input = browser.findElement(By.id("scope-input"));
        input.clear();
        input.sendKeys("Normandie");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.findElements(By.cssSelector("#suggestions li")).size() >= 2);
        List<WebElement> offered = browser.findElements(By.cssSelector("#suggestions li"));
        assertThat(offered.get(0).getAttribute("data-id")).isEqualTo("region:28");
        assertThat(offered.stream().map(li -> li.getAttribute("data-id")).toList()).contains("region-normandie");
    }

    /** Waits until {@code condition} holds, up to a minute (a bound on a hang, not a speed). */
    void until(org.openqa.selenium.support.ui.ExpectedCondition<Boolean> condition) {
        // An element the page draws again between finding and reading it is found again, not an error.
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    static byte[] xlsx(String[][] rows) throws Exception {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("partenaires");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    void upload(Path... files) {
        WebElement input = browser.findElement(By.id("upload-files"));
        input.sendKeys(String.join("\n", Stream.of(files).map(f -> f.toAbsolutePath().toString()).toList()));
        browser.findElement(By.id("upload-preview")).click();
    }

    /**
     * The manager's path: signs in as an editor limited to PHARE, uploads a French Excel CSV
     * (Windows-1252, ;) and an .xlsx with a bad row each, reads the row errors, fixes, previews, writes,
     * sees the new partners drawn in the programme's view, moves an alliance to another phase, is
     * refused on another programme's alliance, takes the map out as PNG, SVG and a printed report
     * (its PDF holds the scope's name), and signs out.
     */
    @Test
    void a_manager_puts_partners_in_from_spreadsheets_edits_is_refused_elsewhere_and_takes_the_map_out() throws Exception {
        String email = "pg-editor@example.org";
        String password = "the editor's long password";
        SessionClient admin = new SessionClient(port);
        assertThat(admin.signIn("first-admin@alliance-graph.test", "first admin's password").statusCode()).isEqualTo(200);
        String source = "provenance: {source: \"lerameau-2018-phare\"}";
        Path files = Files.createTempDirectory("manager-files");
        java.nio.charset.Charset windows1252 = java.nio.charset.Charset.forName("windows-1252");
        String header = "Organisation;Type;Commune;Alliance;Mode;Rôle;Depuis\r\n";
        try {
            for (String write : List.of(
                    "upsertAlliance(input: {id: \"pg-other\", name: \"Alliance d'un autre\", mode: MECENAT, programmes: [\"impact\"], " + source + "}) { id }",
                    "createAccount(input: {email: \"" + email + "\", role: EDITOR, password: \"" + password + "\", programmes: [\"phare\"]}) { email }")) {
                assertThat(admin.graphQl("mutation { " + write + " }").has("errors")).isFalse();
            }
            open("?programme=phare");
            browser.findElement(By.id("sign-in-open")).click();
            browser.findElement(By.id("sign-in-email")).sendKeys(email);
            browser.findElement(By.id("sign-in-password")).sendKeys("not the password");
            browser.findElement(By.id("sign-in-submit")).click();
            until(b -> b.findElement(By.id("sign-in-error")).getText().contains("do not match"));
            browser.findElement(By.id("sign-in-password")).clear();
            browser.findElement(By.id("sign-in-password")).sendKeys(password);
            browser.findElement(By.id("sign-in-submit")).click();
            until(b -> !b.findElements(By.id("signed-in-as")).isEmpty());
            // The account line is drawn again once the session is known: read it when it names the account.
            String signedInAs = new WebDriverWait(browser, Duration.ofSeconds(60))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(b -> b.findElement(By.id("signed-in-as")).getText().contains(email)
                            ? b.findElement(By.id("signed-in-as")).getText() : null);
            assertThat(signedInAs).contains(email, "éditeur");
            until(b -> !b.findElements(By.id("upload-form")).isEmpty());

            // A bad row in each file: the page says where and why, and nothing can be written.
            Path badCsv = Files.write(files.resolve("partenaires.csv"), (header
                    + "Ressourcerie PHARE Test;Association;Laval (53);Atelier PHARE Test;Mécénat;Porteur;05/11/2018\r\n"
                    + "Wimoov;Entreprise sociale;;Atelier PHARE Test;Mécénat;Partenaire;30/02/2023\r\n").getBytes(windows1252));
            browser.findElement(By.id("upload-source-title")).sendKeys("Compte rendu du comité PHARE");
            upload(badCsv);
            until(b -> !b.findElements(By.id("upload-rejected")).isEmpty());
            assertThat(browser.findElement(By.id("upload-rejected")).getText()).contains("partenaires.csv:3 [Depuis]", "February 2023 has 28 days");
            assertThat(browser.findElement(By.id("upload-notes")).getText()).contains("Windows-1252", "séparateur ;");
            assertThat(browser.findElement(By.id("upload-apply")).isEnabled()).isFalse();
            screenshot("manager-csv-refused");

            Path badXlsx = Files.write(files.resolve("classeur.xlsx"), xlsx(new String[][] {
                    {"organisation", "type", "commune", "alliance", "mode", "rôle"},
                    {"Club PHARE Test", "Entreprise", "53130", "Atelier PHARE Test", "Mécénat", "Chef"}}));
            browser.findElement(By.id("upload-files")).clear();
            upload(badXlsx);
            until(b -> !b.findElements(By.id("upload-rejected")).isEmpty()
                    && b.findElement(By.id("upload-rejected")).getText().contains("classeur.xlsx/partenaires:2 [rôle]"));

            // Fixed: the preview, then one click writes both files.
            Path csv = Files.write(files.resolve("partenaires.csv"), (header
                    + "Ressourcerie PHARE Test;Association;Laval (53);Atelier PHARE Test;Mécénat;Porteur;05/11/2018\r\n"
                    + "Wimoov;Entreprise sociale;;Atelier PHARE Test;Mécénat;Partenaire;28/02/2023\r\n").getBytes(windows1252));
            Path xlsx = Files.write(files.resolve("classeur.xlsx"), xlsx(new String[][] {
                    {"organisation", "type", "commune", "alliance", "mode", "rôle"},
                    {"Club PHARE Test", "Entreprise", "53130", "Atelier PHARE Test", "Mécénat", "Financeur"}}));
            browser.findElement(By.id("upload-files")).clear();
            upload(csv, xlsx);
            until(b -> !b.findElements(By.id("upload-items")).isEmpty() && b.findElements(By.id("upload-rejected")).isEmpty());
            assertThat(browser.findElement(By.id("upload-items")).getText()).contains("nouveau", "Ressourcerie PHARE Test", "Club PHARE Test");
            assertThat(browser.findElement(By.id("upload-candidates")).getText()).contains("Wimoov");
            screenshot("manager-preview");
            long before = loads();
            browser.findElement(By.id("upload-apply")).click();
            until(b -> !b.findElements(By.cssSelector("#upload-result.saved")).isEmpty());
            Set<String> drawn = drawnAfter(before);
            assertThat(drawn).contains("organisation:ressourcerie-phare-test", "organisation:club-phare-test", "alliance:atelier-phare-test",
                    "organisation:wimoov");
            screenshot("manager-written-and-drawn");

            // An alliance of the programme moves to another phase; another programme's is refused.
            js("window.allianceGraph.select('alliance:atelier-phare-test')");
            until(b -> !b.findElements(By.id("phase-form")).isEmpty());
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("phase-select"))).selectByValue("EXPERIMENTATION");
            js("document.getElementById('phase-since').value = '2025-03-01'");
            browser.findElement(By.id("phase-save")).click();
            until(b -> !b.findElements(By.cssSelector("#phase-result.saved")).isEmpty());
            assertThat(browser.findElement(By.id("details-body")).getText()).contains("Expérimentation", email, "setAlliancePhase");
            assertThat(graphQl.document("{ alliance(id: \"atelier-phare-test\") { currentPhase } }").execute()
                    .path("alliance.currentPhase").entity(String.class).get()).isEqualTo("EXPERIMENTATION");

            // The alliance's own fields corrected; its links stay.
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("al-status"))).selectByValue("EN_COURS");
            js("document.getElementById('al-start').value = '2025-01-15'");
            browser.findElement(By.id("alliance-save")).click();
            until(b -> !b.findElements(By.cssSelector("#alliance-result.saved")).isEmpty());
            assertThat(graphQl.document("{ alliance(id: \"atelier-phare-test\") { status startDate programmes { id } } }").execute()
                    .path("alliance.status").entity(String.class).isEqualTo("EN_COURS")
                    .path("alliance.startDate").entity(String.class).isEqualTo("2025-01-15")
                    .path("alliance.programmes[0].id").entity(String.class).get()).isEqualTo("phare");

            // A partner's dates in the alliance.
            browser.findElement(By.id("ms-organisation")).sendKeys("club-phare-test");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ms-role"))).selectByValue("FINANCEUR");
            js("document.getElementById('ms-since').value = '2024-06-01'");
            browser.findElement(By.id("membership-save")).click();
            until(b -> !b.findElements(By.cssSelector("#membership-result.saved")).isEmpty());
            assertThat(graphQl.document("{ organisation(id: \"club-phare-test\") { memberships { role since } } }").execute()
                    .path("organisation.memberships[0].since").entity(String.class).get()).isEqualTo("2024-06-01");

            // A link added to the alliance; the organisation corrected, and a stale form refused with who changed it.
            browser.findElement(By.id("link-value")).sendKeys("departement:53");
            browser.findElement(By.id("link-add")).click();
            until(b -> !b.findElements(By.cssSelector("#links-result.saved")).isEmpty());
            assertThat(browser.findElement(By.id("details-body")).getText()).contains("Mayenne");
            js("window.allianceGraph.select('organisation:ressourcerie-phare-test')");
            until(b -> !b.findElements(By.id("organisation-form")).isEmpty());
            String version = browser.findElement(By.id("organisation-form")).getAttribute("data-version");
            browser.findElement(By.id("org-acronym")).sendKeys("RPT");
            // Cited from a document the graph does not know yet: added with the correction, with the quote and the page.
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("org-source"))).selectByValue("__new");
            browser.findElement(By.id("org-source-title")).sendKeys("Fiche adhérent Ressourcerie");
            js("document.getElementById('org-source-date').value = '2024-03-01'");
            browser.findElement(By.id("org-quote")).sendKeys("sigle : RPT");
            browser.findElement(By.id("org-page")).sendKeys("2");
            browser.findElement(By.id("organisation-save")).click();
            until(b -> !b.findElements(By.cssSelector("#organisation-result.saved")).isEmpty());
            assertThat(graphQl.document("{ organisation(id: \"ressourcerie-phare-test\") { acronym } }").execute()
                    .path("organisation.acronym").entity(String.class).get()).isEqualTo("RPT");
            assertThat(client.query("""
                    MATCH (:Organisation {id: 'ressourcerie-phare-test'})-[x:SOURCED_FROM]->(s:Source)
                    WHERE s.id = 'doc-fiche-adherent-ressourcerie-2024-03-01'
                    RETURN s.title + ' | ' + toString(s.date) + ' | ' + x.quote + ' | ' + x.page""").fetchAs(String.class).one())
                    .contains("Fiche adhérent Ressourcerie | 2024-03-01 | sigle : RPT | 2");
            js("document.getElementById('organisation-form').dataset.version = arguments[0]", version);
            browser.findElement(By.id("org-acronym")).clear();
            browser.findElement(By.id("org-acronym")).sendKeys("RPT2");
            browser.findElement(By.id("organisation-save")).click();
            until(b -> b.findElement(By.id("organisation-result")).getText().contains("changed by " + email));
            screenshot("manager-stale-form-refused");

            // A duplicate another person entered, merged into the organisation from the page (no delete button for an editor).
            assertThat(admin.graphQl("mutation { upsertOrganisation(input: {id: \"pg-doublon\", name: \"Ressourcerie Phare (doublon)\", "
                    + "kind: ASSOCIATION, siren: \"552100554\", " + source + "}) { id } setMembership(input: {alliance: \"atelier-phare-test\", "
                    + "organisation: \"pg-doublon\", role: PARTENAIRE, " + source + "}) { role } }").has("errors")).isFalse();
            js("window.allianceGraph.select('organisation:ressourcerie-phare-test')");
            until(b -> !b.findElements(By.id("merge-form")).isEmpty());
            assertThat(browser.findElements(By.id("delete-organisation"))).isEmpty();
            browser.findElement(By.id("merge-other")).sendKeys("pg-doublon");
            browser.findElement(By.id("merge-save")).click();
            until(b -> !b.findElements(By.id("merge-result")).isEmpty() && !b.findElement(By.id("merge-result")).getText().isBlank());
            assertThat(browser.findElement(By.id("merge-result")).getAttribute("class"))
                    .as(browser.findElement(By.id("merge-result")).getText()).isEqualTo("saved");
            assertThat(graphQl.document("{ organisation(id: \"pg-doublon\") { id siren } }").execute()
                    .path("organisation.id").entity(String.class).isEqualTo("ressourcerie-phare-test")
                    .path("organisation.siren").entity(String.class).get()).isEqualTo("552100554");
            screenshot("manager-merged");

            open("?programme=impact&node=alliance:pg-other");
            until(b -> !b.findElements(By.id("phase-form")).isEmpty());
            browser.findElement(By.id("phase-save")).click();
            until(b -> b.findElement(By.id("phase-result")).getText().contains("outside your limits"));
            assertThat(graphQl.document("{ alliance(id: \"pg-other\") { currentPhase } }").execute()
                    .path("alliance.currentPhase").valueIsNull());
            screenshot("manager-refused-elsewhere");

            // The map taken out: PNG, SVG, and the report printed to PDF by Chromium.
            open("?programme=phare");
            browser.findElement(By.id("download-png")).click();
            browser.findElement(By.id("download-svg")).click();
            Path png = downloads.resolve("alliance-graph-programme-phare.png");
            Path svg = downloads.resolve("alliance-graph-programme-phare.svg");
            until(b -> Files.exists(png) && Files.exists(svg));
            byte[] image = Files.readAllBytes(png);
            assertThat(image).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            assertThat(Files.readString(svg)).contains("<svg", "Ressourcerie PHARE Test");
            ((JavascriptExecutor) browser).executeAsyncScript("window.allianceGraph.report().then(arguments[arguments.length - 1])");
            org.openqa.selenium.Pdf pdf = browser.print(new org.openqa.selenium.print.PrintOptions());
            byte[] pdfBytes = java.util.Base64.getDecoder().decode(pdf.getContent());
            Files.write(SCREENSHOTS.resolve("manager-report.pdf"), pdfBytes);
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdfBytes)) {
                assertThat(document.getNumberOfPages()).as("one A4 page").isEqualTo(1);
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
                assertThat(text).contains("PHARE", "Compte rendu du comité PHARE");
            }

            browser.findElement(By.id("sign-out")).click();
            until(b -> !b.findElements(By.id("sign-in-open")).isEmpty());
            assertThat(browser.findElements(By.id("upload-form"))).as("no workspace once signed out").isEmpty();
            screenshot("manager-signed-out");

            // An administrator removes an organisation from the page: a second click confirms.
            browser.findElement(By.id("sign-in-open")).click();
            browser.findElement(By.id("sign-in-email")).sendKeys("first-admin@alliance-graph.test");
            browser.findElement(By.id("sign-in-password")).sendKeys("first admin's password");
            browser.findElement(By.id("sign-in-submit")).click();
            until(b -> !b.findElements(By.id("signed-in-as")).isEmpty());
            js("window.allianceGraph.select('organisation:club-phare-test')");
            until(b -> !b.findElements(By.id("delete-organisation")).isEmpty());
            browser.findElement(By.id("delete-organisation")).click();
            assertThat(graphQl.document("{ organisation(id: \"club-phare-test\") { id } }").execute()
                    .path("organisation.id").entity(String.class).get()).as("one click only arms the button").isEqualTo("club-phare-test");
            browser.findElement(By.id("delete-organisation")).click();
            until(b -> !b.findElements(By.cssSelector("#merge-result.saved")).isEmpty());
            assertThat(graphQl.document("{ organisation(id: \"club-phare-test\") { id } }").execute()
                    .path("organisation").valueIsNull());
            screenshot("admin-deleted");
            browser.findElement(By.id("sign-out")).click();
            until(b -> !b.findElements(By.id("sign-in-open")).isEmpty());
        } finally {
            client.query("MATCH (n) WHERE n.id STARTS WITH 'pg-' OR n.id IN ['ressourcerie-phare-test', 'club-phare-test', "
                    + "'atelier-phare-test'] OR n.id STARTS WITH 'compte-rendu-du-comite-phare' OR n.id STARTS WITH 'doc-fiche-adherent' "
                    + "DETACH DELETE n").run();
            client.query("MATCH (c:Change) WHERE c.by = $email DELETE c").bind(email).to("email").run();
            client.query("MATCH (a:Account {email: $email}) DELETE a").bind(email).to("email").run();
        }
    }

    @Test
    void a_manager_maps_phare_and_a_territory_reads_the_sources_filters_shares_and_downloads() throws Exception {
        // PHARE, chosen by typing: every organisation and alliance of the programme is drawn.
        Set<String> phare = openOnPhare();
        assertThat(phare).isEqualTo(subgraph("{programme: \"phare\"}", null))
                .contains("alliance:partenariat-phare", "organisation:le-rameau", "organisation:caisse-des-depots");
        assertThat(browser.getCurrentUrl()).contains("programme=phare");
        screenshot("explorer-phare");

        // What PHARE's studies found, with their sources on click.
        until(b -> !b.findElements(By.cssSelector("#findings li.finding")).isEmpty());
        WebElement mayors = browser.findElement(By.cssSelector("#findings li[data-finding='phare-maires-alliances']"));
        assertThat(mayors.getText()).contains("87 %", "Maires", "2015-2017");
        mayors.findElement(By.tagName("summary")).click();
        until(b -> mayors.findElement(By.tagName("q")).isDisplayed());
        assertThat(mayors.findElement(By.tagName("details")).getText()).contains("87% des maires");

        // A click on an organisation shows its facts and the quote of the source behind them.
        js("window.allianceGraph.stopLayout()");
        String clicked = clickableNode("organisation:");
        String name = (String) js("return window.allianceGraph.graph().getNodeAttribute(arguments[0], 'label')", clicked);
        String quote = (String) js("return window.allianceGraph.graph().getNodeAttribute(arguments[0], 'quotes')", clicked);
        clickNode(clicked);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.findElements(By.id("detail-name")).isEmpty()
                && b.findElement(By.id("detail-name")).getText().startsWith(name));
        List<WebElement> quotes = browser.findElements(By.cssSelector("#details-body .source q"));
        assertThat(quotes).isNotEmpty();
        assertThat(quote.split(" \\| ")[0]).startsWith(quotes.getFirst().getText());
        assertThat(browser.getCurrentUrl()).contains("node=" + clicked.replace(":", "%3A"));
        screenshot("explorer-details");

        // English by a switch: the interface, the labels from the API, the panels.
        browser.findElement(By.id("lang-en")).click();
        assertThat(browser.findElement(By.id("details-title")).getText()).isEqualToIgnoringCase("Details");
        assertThat(browser.findElement(By.id("summary-title")).getText()).isEqualToIgnoringCase("Coverage and gaps");
        assertThat(js("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("modes")).getText()).contains("Patronage");
        assertThat(browser.getCurrentUrl()).contains("lang=en");

        // A territory, chosen by typing: Centre-Val de Loire's organisations are drawn.
        long before = loads();
        pick("Centre-Val", "region:24");
        Set<String> region = drawnAfter(before);
        assertThat(region).isEqualTo(subgraph("{territory: \"region:24\"}", null)).isNotEmpty();

        // A filter changes the graph: France, then its patronage alliances only.
        before = loads();
        browser.get(url("?territory=FR&lang=en"));
        Set<String> france = drawnAfter(0);
        before = loads();
        browser.findElement(By.cssSelector("#modes input[value='MECENAT']")).click();
        Set<String> patronage = drawnAfter(before);
        assertThat(patronage).isEqualTo(subgraph("{territory: \"FR\"}", "{modes: [MECENAT]}"));
        assertThat(patronage.size()).isLessThan(france.size());
        String shared = browser.getCurrentUrl();
        assertThat(shared).contains("modes=MECENAT");
        screenshot("explorer-filtered");

        // The shared URL restores the view: scope, filter and language.
        browser.get("about:blank");
        browser.get(shared);
        assertThat(drawnAfter(0)).isEqualTo(patronage);
        assertThat(browser.findElement(By.cssSelector("#modes input[value='MECENAT']")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("details-title")).getText()).isEqualToIgnoringCase("Details");

        // One click downloads the view; the file is a valid GEXF holding what is drawn.
        browser.findElement(By.cssSelector("#downloads a[data-format='gexf']")).click();
        Path file = waitForDownload(".gexf");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/schemas/gexf-1.3/gexf.xsd")).newValidator()
                .validate(new StreamSource(file.toFile()));
        String gexf = Files.readString(file);
        for (String id : patronage) {
            assertThat(gexf).contains("id=\"" + id + "\"");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_failed_answer_says_what_failed_keeps_the_last_view_and_offers_a_retry() throws Exception {
        Set<String> drawn = openOnPhare();
        // The next export answers as a time-limited one did through a proxy: 503, Retry-After, no JSON body.
        js("""
                const real = window.fetch;
                window.fetch = (url, options) => {
                  if (String(url).includes('export/') && !window.failedOnce) {
                    window.failedOnce = true;
                    return Promise.resolve(new Response('', {status: 503, headers: {'Retry-After': '5'}}));
                  }
                  return real(url, options);
                };""");
        pick("Centre-Val", "region:24");
        WebElement retry = new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.findElements(By.id("retry")).stream()
                .findFirst().orElse(null));
        String status = browser.findElement(By.id("status")).getText();
        assertThat(status).contains("503", "5 s", "vue précédente").doesNotEndWith("Erreur :");
        assertThat(new HashSet<>((List<String>) js("return window.allianceGraph.nodes()"))).as("the last view stays")
                .isEqualTo(drawn);
        screenshot("explorer-failed-answer");
        long failed = loads();
        retry.click();
        drawnAfter(failed);
        assertThat(browser.findElements(By.id("retry"))).isEmpty();
    }

    /** A node of that kind whose place on screen is the drawing, not a control above it, with a quoted source. */
    String clickableNode(String prefix) {
        String id = (String) js("""
                const g = window.allianceGraph.graph();
                const canvas = document.querySelector('#graph');
                for (const n of g.nodes()) {
                  if (!n.startsWith(arguments[0]) || !g.getNodeAttribute(n, 'quotes')) continue;
                  const p = window.allianceGraph.viewport(n);
                  const r = canvas.getBoundingClientRect();
                  const hit = document.elementFromPoint(r.left + p.x, r.top + p.y);
                  if (hit && canvas.contains(hit)) return n;
                }
                return null;""", prefix);
        assertThat(id).as("a clickable " + prefix + " node").isNotNull();
        return id;
    }

    void clickNode(String id) {
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) js("return window.allianceGraph.viewport(arguments[0])", id);
        assertThat(at).as("position of " + id).isNotNull();
        WebElement graph = browser.findElement(By.id("graph"));
        int dx = (int) Math.round(at.get("x").doubleValue() - graph.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - graph.getRect().getHeight() / 2.0);
        new Actions(browser).moveToElement(graph, dx, dy).click().perform();
    }

    Path waitForDownload(String extension) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(downloads)) {
                var done = files.filter(p -> p.toString().endsWith(extension)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + extension + " file downloaded into " + downloads);
    }
}

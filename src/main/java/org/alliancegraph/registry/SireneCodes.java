package org.alliancegraph.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.vocabulary.OrganisationKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * What SIRENE's codes mean to the graph, from {@code reference/sirene/}: a legal category gives an
 * organisation kind (its four-digit row if the table has one, else its two-digit level's), a company
 * marked ESS by SIRENE is a social enterprise, and an activity code (NAF rév. 2) gives its section.
 */
final class SireneCodes {

    /** One legal category row: labels, kind, and why that kind. */
    record Category(String code, String labelFr, String labelEn, OrganisationKind kind, String why) {
    }

    /** One NAF section: its letter, the divisions it spans, labels. */
    record Section(String letter, int from, int to, String labelFr, String labelEn) {
    }

    /** An activity prefix's PHARE fragility domain (or none) and SDG goals, and why. */
    record Field(String prefix, String fragilityDomain, List<Integer> sdgGoals, String why) {
    }

    static final Map<String, Category> CATEGORIES = categories();
    static final List<Section> SECTIONS = sections();
    static final List<Field> FIELDS = fields();

    private SireneCodes() {
    }

    /** The category row a code falls under, or null when neither its four nor its two digits are known. */
    static Category category(String code) {
        if (code == null || !code.matches("\\d{4}")) {
            return null;
        }
        Category exact = CATEGORIES.get(code);
        return exact != null ? exact : CATEGORIES.get(code.substring(0, 2));
    }

    /** The kind a unit takes: its category's, a company becoming a social enterprise when SIRENE says ESS. */
    static OrganisationKind kind(String category, boolean ess) {
        Category c = category(category);
        OrganisationKind kind = c == null ? OrganisationKind.NON_PRECISE : c.kind();
        return ess && kind == OrganisationKind.ENTREPRISE ? OrganisationKind.ENTREPRISE_SOCIALE : kind;
    }

    /** The section letter of an activity code ({@code 88.99B}: Q), or null when it is no NAF rév. 2 code. */
    static String section(String naf) {
        if (naf == null || !naf.matches("\\d{2}\\.\\d{2}[A-Z]")) {
            return null;
        }
        int division = Integer.parseInt(naf.substring(0, 2));
        return SECTIONS.stream().filter(s -> division >= s.from() && division <= s.to()).map(Section::letter).findFirst().orElse(null);
    }

    /** The field of an activity code: the row of its longest prefix, or null when none says anything of it. */
    static Field field(String naf) {
        if (naf == null) {
            return null;
        }
        Field best = null;
        for (Field f : FIELDS) {
            if (naf.startsWith(f.prefix()) && (best == null || f.prefix().length() > best.prefix().length())) {
                best = f;
            }
        }
        return best;
    }

    private static List<Field> fields() {
        return read("reference/sirene/naf-fragility-sdg.csv").stream().map(r -> new Field(r.get("naf"),
                r.get("fragility_domain").isBlank() ? null : r.get("fragility_domain"),
                Arrays.stream(r.get("sdg_goals").split(",")).map(String::strip).map(Integer::valueOf).toList(), r.get("why")))
                .toList();
    }

    private static Map<String, Category> categories() {
        Map<String, Category> byCode = new LinkedHashMap<>();
        for (CSVRecord r : read("reference/sirene/categories-juridiques.csv")) {
            byCode.put(r.get("code"), new Category(r.get("code"), r.get("label_fr"), r.get("label_en"),
                    OrganisationKind.valueOf(r.get("kind")), r.get("why")));
        }
        return Map.copyOf(byCode);
    }

    private static List<Section> sections() {
        return read("reference/sirene/naf-sections.csv").stream().map(r -> new Section(r.get("section"),
                Integer.parseInt(r.get("from")), Integer.parseInt(r.get("to")), r.get("label_fr"), r.get("label_en"))).toList();
    }

    static List<CSVRecord> read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(path + " is missing from the classpath", e);
        }
    }
}

package org.alliancegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The demonstration data's memberships cite what they claim: each quote is found word for word in its
 * seed document, and says the organisation's part: it names the organisation (its name, its acronym,
 * or a word of its name no other organisation would use), or the row says the organisation is the one
 * speaking (« nous », {@code speaker}). A sentence that lists other organisations does not do.
 */
class DemoCitationsTest {

    private static final Path DEMO = Path.of("demo");
    /** Words of organisations' names that do not tell one organisation from another. */
    private static final Set<String> COMMON = Set.of(("fondation association associations groupe societe caisse federation reseau union "
            + "conseil ministere mouvement institut agence programme partenariat alliance alliances plateforme projet etude atelier "
            + "centre national nationale international internationale culturel france francais francaise territoires territoire "
            + "territorial territoriale communes commune communaute universite ecole education innovation fonds ville region "
            + "departement entreprise entreprises service services developpement solidaire sociale social economie action charge vie "
            + "general generale maison collectif comite office public publique recherche").split(" "));

    @Test
    void every_membership_quote_is_in_its_seed_and_names_its_organisation_or_is_its_own_words() throws IOException {
        Map<String, String> documents = new HashMap<>();
        for (CSVRecord s : read("sources.csv")) {
            if (!s.get("file").isBlank()) {
                documents.put(s.get("id"), squash(Files.readString(Path.of("src/test/resources/seeds", s.get("file")), StandardCharsets.UTF_8)));
            }
        }
        Map<String, CSVRecord> organisations = new HashMap<>();
        read("organisations.csv").forEach(o -> organisations.put(o.get("id"), o));
        List<String> unsupported = new ArrayList<>();
        List<String> notInSeed = new ArrayList<>();
        int self = 0;
        List<CSVRecord> memberships = read("memberships.csv");
        for (CSVRecord m : memberships) {
            String row = m.get("alliance") + " / " + m.get("organisation") + " " + m.get("role");
            String document = documents.get(m.get("source"));
            assertThat(document).as("%s: source %s is a seed", row, m.get("source")).isNotNull();
            for (String part : m.get("quote").split("\\s*\\[\\.\\.\\.\\]\\s*")) {
                if (!part.isBlank() && !document.contains(squash(part).strip())) {
                    notInSeed.add(row + ": « " + part + " »");
                }
            }
            CSVRecord o = organisations.get(m.get("organisation"));
            String speaker = m.get("speaker");
            if (!speaker.isBlank()) {
                assertThat(organisations).as("%s: speaker", row).containsKey(speaker);
            }
            if (speaker.equals(m.get("organisation"))) {
                self++;
            } else if (!names(m.get("quote"), o.get("name"), o.get("acronym"))) {
                unsupported.add(row + ": « " + m.get("quote") + " »");
            }
        }
        assertThat(notInSeed).as("quotes not found word for word in their seed").isEmpty();
        assertThat(unsupported).as("quotes that say nothing of the organisation").isEmpty();
        assertThat(self).as("rows marked as the organisation's own words").isPositive().isLessThan(memberships.size() / 4);
    }

    /**
     * {@code demo/left-out.csv} lists what the documents name but the data leaves out, each with the
     * words of its seed that name it and the reason: the words are in the seed, they hold the name, and
     * the name is not in the data (an actor added later leaves the list).
     */
    @Test
    void every_name_left_out_is_in_its_seed_with_a_reason_and_not_in_the_data() throws IOException {
        Map<String, String> files = new HashMap<>();
        read("sources.csv").forEach(s -> files.put(s.get("id"), s.get("file")));
        Set<String> held = new HashSet<>();
        for (String file : List.of("organisations.csv", "programmes.csv", "alliances.csv")) {
            for (CSVRecord r : read(file)) {
                held.add(plain(r.get("name")));
                if (r.isMapped("acronym") && !r.get("acronym").isBlank()) {
                    held.add(plain(r.get("acronym")));
                }
            }
        }
        List<CSVRecord> leftOut = read("left-out.csv");
        assertThat(leftOut).isNotEmpty();
        for (CSVRecord r : leftOut) {
            String seed = squash(Files.readString(Path.of("src/test/resources/seeds", files.get(r.get("source"))), StandardCharsets.UTF_8));
            String name = r.get("name").replaceAll("\\s*\\(.*\\)", "");
            assertThat(seed).as("%s: its words are in %s", r.get("name"), r.get("source")).contains(squash(r.get("words")));
            assertThat(" " + plain(r.get("words")) + " ").as("%s: its words name it", r.get("name")).contains(" " + plain(name) + " ");
            assertThat(r.get("reason")).as("%s: a reason", r.get("name")).isNotBlank();
            assertThat(held).as("%s is in the data, not left out", r.get("name")).doesNotContain(plain(name), plain(r.get("name")));
        }
    }

    @Test
    void a_sentence_listing_other_organisations_does_not_name_one_left_out() {
        String phare = "Le programme PHARE est mené en partenariat avec la Caisse des Dépôts, Generali, la Fondation EDF, le Ministère "
                + "en charge de la Vie Associative, le Medef, Le Mouvement Associatif, Le RAMEAU et United Way.";
        assertThat(names(phare, "Comisis", "")).isFalse();
        assertThat(names(phare, "Le Mouvement Associatif", "")).isTrue();
        assertThat(names(phare, "Mouvement des entreprises de France", "MEDEF")).isTrue();
        assertThat(names("Etude IMPACT-Citoyens (Comisis & Opinion Way, octobre 2019)", "OpinionWay", "")).isTrue();
        assertThat(names("la mairie de Paris va nous accorder un local", "Ville de Paris", "")).isTrue();
        assertThat(names("un partenariat avec une fondation", "Fondation EDF", "")).isFalse();
    }

    /** Whether the quote names the organisation: its whole name, its acronym, its name written without spaces, or a telling word of it. */
    static boolean names(String quote, String name, String acronym) {
        String q = " " + plain(quote) + " ";
        String n = plain(name);
        if (!n.isEmpty() && q.contains(" " + n + " ") || acronym != null && !acronym.isBlank() && q.contains(" " + plain(acronym) + " ")) {
            return true;
        }
        String joined = n.replace(" ", "");
        if (joined.length() >= 6 && q.replace(" ", "").contains(joined)) {
            return true;
        }
        return Arrays.stream(n.split(" ")).anyMatch(w -> w.length() >= 4 && !COMMON.contains(w) && q.contains(" " + w + " "));
    }

    /** Lower case, no accents, words separated by one space. */
    private static String plain(String s) {
        String folded = Normalizer.normalize(s.replace('’', '\''), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** White space squashed, and a word cut at a line's end (« socio-\n\néconomiques ») joined again. */
    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("(\\p{L})- (\\p{L})", "$1-$2");
    }

    private static List<CSVRecord> read(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(DEMO.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}

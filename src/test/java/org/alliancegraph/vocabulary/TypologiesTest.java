package org.alliancegraph.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The typologies the seeds define, as the API gives them: the five mayor profiles, the three forms
 * and three degrees of maturity of evaluation, the three kinds of territorial engineering, in the
 * documents' order, labelled in French and English, every quote found word for word in its seed.
 */
@AllianceGraphTest
class TypologiesTest {

    @Autowired
    GraphQlTester graphQl;

    @Test
    @SuppressWarnings("unchecked")
    void the_seeds_typologies_with_their_terms_in_order_and_quotes_found_in_their_seeds() throws IOException {
        var answer = graphQl.document("""
                { typologies { code label { fr en } note provenance { source { file } quote }
                    terms { code label { fr en } provenance { source { file } quote } } } }""").execute();
        List<String> codes = answer.path("typologies[*].code").entityList(String.class).get();
        assertThat(codes).containsExactly("MAYOR_PROFILE", "EVALUATION_FORM", "EVALUATION_MATURITY", "TERRITORIAL_ENGINEERING");
        assertThat(answer.path("typologies[0].terms[*].code").entityList(String.class).get())
                .containsExactly("IDEALISTES", "VOLONTAIRES", "COORDINATEURS", "BATISSEURS", "GESTIONNAIRES");
        assertThat(answer.path("typologies[1].terms[*].code").entityList(String.class).get())
                .containsExactly("PERFORMANCE", "PERTINENCE", "RELATION_PARTENARIALE");
        assertThat(answer.path("typologies[2].terms[*].code").entityList(String.class).get())
                .containsExactly("SE_CONTER", "SE_COMPTER", "COMPTER");
        assertThat(answer.path("typologies[3].terms[*].code").entityList(String.class).get())
                .containsExactly("GESTION", "PROJET", "INTERCONNAISSANCE");
        assertThat(answer.path("typologies[0].note").entity(String.class).get()).contains("colonnes");

        List<Map<String, Object>> cited = new ArrayList<>();
        for (Map<String, Object> typology : answer.path("typologies").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList()) {
            cited.addAll((List<Map<String, Object>>) typology.get("provenance"));
            for (Map<String, Object> term : (List<Map<String, Object>>) typology.get("terms")) {
                Map<String, String> label = (Map<String, String>) term.get("label");
                assertThat(label.get("fr")).as(term.toString()).isNotBlank();
                assertThat(label.get("en")).as(term.toString()).isNotBlank().isNotEqualTo(label.get("fr"));
                cited.addAll((List<Map<String, Object>>) term.get("provenance"));
            }
        }
        assertThat(cited).hasSize(4 + 14);
        Map<String, String> seeds = new HashMap<>();
        List<String> notFound = new ArrayList<>();
        for (Map<String, Object> p : cited) {
            String file = (String) ((Map<String, Object>) p.get("source")).get("file");
            String seed = seeds.computeIfAbsent(file, f -> {
                try {
                    return squash(Files.readString(Path.of("src/test/resources/seeds", f), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            String quote = (String) p.get("quote");
            if (quote == null || !seed.contains(squash(quote))) {
                notFound.add(file + ": " + quote);
            }
        }
        assertThat(notFound).as("quotes not found word for word in their seed").isEmpty();
    }

    /** White space squashed, as the seeds' text extraction breaks lines anywhere. */
    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}

package org.alliancegraph.workspace;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a sheet holds and what its headers mean: the import format's column names, and the French
 * (and English) words people write instead ({@code nom}, {@code type}, {@code commune},
 * {@code date de début}), compared with accents, case, spaces and punctuation ignored.
 */
final class Columns {

    /** The kinds of sheet an upload may hold. PARTNERS: one row per organisation's role in an alliance, by name or id. */
    enum Kind { SOURCES, ORGANISATIONS, ALLIANCES, PARTNERS }

    private static final Map<Kind, Map<String, String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(Kind.SOURCES, words("""
                id: id identifiant
                title: title titre intitule nom document
                publisher: publisher editeur auteur
                date: date annee
                url: url lien adresse site"""));
        WORDS.put(Kind.ORGANISATIONS, words("""
                id: id identifiant
                name: name nom raison_sociale denomination organisation structure acteur
                kind: kind type categorie type_d_acteur type_de_structure famille
                acronym: acronym sigle acronyme
                territory: territory territoire commune ville localisation lieu
                siren: siren siret numero_siren
                rna: rna numero_rna
                size: size taille effectif
                sector: sector secteur domaine_d_activite
                website: website site site_web site_internet url
                source: source document
                quote: quote citation extrait
                page: page"""));
        WORDS.put(Kind.ALLIANCES, words("""
                id: id identifiant
                name: name nom intitule alliance partenariat projet
                mode: mode mode_d_alliance type_d_alliance type_de_partenariat
                status: status statut etat
                phase: phase
                phase_since: phase_since phase_depuis depuis_le date_de_phase
                start_date: start_date date_de_debut debut date_debut
                end_date: end_date date_de_fin fin date_fin
                objectives: objectives objectifs objet description
                territories: territories territoires territoire commune communes lieu lieux
                sdg_targets: sdg_targets cibles_odd cibles odd cible_odd
                sdg_basis: sdg_basis base_odd fondement_odd
                fragility_domains: fragility_domains domaines domaines_de_fragilite fragilites
                impacts: impacts impact
                programmes: programmes programme dispositif dispositifs
                source: source document
                quote: quote citation extrait
                page: page"""));
        WORDS.put(Kind.PARTNERS, words("""
                alliance: alliance partenariat projet nom_de_l_alliance
                organisation: organisation organization structure acteur partenaire nom_de_l_organisation
                role: role role_dans_l_alliance
                since: since depuis date_de_debut debut date_d_entree
                until: until jusqu_au date_de_fin fin date_de_sortie
                kind: kind type type_d_acteur categorie type_de_structure
                territory: territory commune ville localisation territoire_de_l_organisation
                siren: siren siret
                rna: rna
                acronym: acronym sigle
                website: website site site_web
                mode: mode mode_d_alliance type_d_alliance type_de_partenariat
                programmes: programmes programme dispositif
                alliance_territories: alliance_territories territoire_de_l_alliance territoires_de_l_alliance
                source: source document
                quote: quote citation extrait
                page: page"""));
    }

    private Columns() {
    }

    private static Map<String, String> words(String lines) {
        Map<String, String> byWord = new LinkedHashMap<>();
        for (String line : lines.strip().split("\n")) {
            String[] parts = line.strip().split(":\\s*", 2);
            for (String word : parts[1].split("\\s+")) {
                byWord.putIfAbsent(word, parts[0]);
            }
        }
        return byWord;
    }

    /** A header or a name as compared here: no accents, lower case, words joined by {@code _}. */
    static String plain(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'');
        return folded.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    /** The column a header means in a sheet of this kind, or null when it means none. */
    static String column(Kind kind, String header) {
        return WORDS.get(kind).get(plain(header));
    }

    /** The kind of a sheet, from its name when it says, else from its headers; null when neither tells. */
    static Kind kindOf(String sheetName, List<String> headers) {
        String name = plain(sheetName.contains("/") ? sheetName.substring(sheetName.lastIndexOf('/') + 1) : sheetName)
                .replaceAll("_(csv|txt)$", "");
        if (name.matches(".*(partenaire|membre|adhesion|membership|participation).*")) {
            return Kind.PARTNERS;
        }
        if (name.matches(".*(source|document|reference).*")) {
            return Kind.SOURCES;
        }
        if (name.matches(".*(alliance|partenariat|projet).*")) {
            return Kind.ALLIANCES;
        }
        if (name.matches(".*(organisation|acteur|structure|organization).*")) {
            return Kind.ORGANISATIONS;
        }
        boolean organisation = headers.stream().anyMatch(h -> "organisation".equals(column(Kind.PARTNERS, h)));
        boolean alliance = headers.stream().anyMatch(h -> "alliance".equals(column(Kind.PARTNERS, h)));
        if (organisation && alliance) {
            return Kind.PARTNERS;
        }
        if (headers.stream().anyMatch(h -> "mode".equals(column(Kind.ALLIANCES, h)))) {
            return Kind.ALLIANCES;
        }
        if (headers.stream().anyMatch(h -> "kind".equals(column(Kind.ORGANISATIONS, h)))) {
            return Kind.ORGANISATIONS;
        }
        if (headers.stream().anyMatch(h -> "title".equals(column(Kind.SOURCES, h)))) {
            return Kind.SOURCES;
        }
        return null;
    }
}

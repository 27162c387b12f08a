package org.alliancegraph.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alliancegraph.generator.ReferenceCommunes.Commune;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A file in the layout of the Répertoire National des Associations as the Ministry of the Interior
 * publishes it on data.gouv.fr ({@code rna_waldec_YYYYMMDD.zip}: one CSV per département,
 * {@code ;}-separated, the waldec columns), with {@code rows} associations on real communes weighted
 * by population, names as associations are named (a sports club, a parents' association, a
 * festival committee of the commune...), some with an acronym, a SIRET, a dissolution. The same
 * seed writes the same file. No real association is in it.
 */
public final class RnaFileGenerator {

    /** The waldec columns, in the published order. */
    public static final List<String> WALDEC = List.of("id", "id_ex", "siret", "rup_mi", "gestion", "date_creat", "date_decla",
            "date_publi", "date_disso", "nature", "groupement", "titre", "titre_court", "objet", "objet_social1", "objet_social2",
            "adrs_complement", "adrs_numvoie", "adrs_repetition", "adrs_typevoie", "adrs_libvoie", "adrs_distrib",
            "adrs_codeinsee", "adrs_codepostal", "adrs_libcommune", "adrg_declarant", "adrg_complemid", "adrg_complemgeo",
            "adrg_libvoie", "adrg_distrib", "adrg_codepostal", "adrg_achemine", "adrg_pays", "dir_civilite", "siteweb",
            "publiweb", "observation", "position", "maj_time");

    /**
     * Name patterns: {c} the commune, {s} a sport or an activity, {p} a person's name; then the acronym,
     * and the social-object codes of the RNA's nomenclature such an association declares (the second optional).
     */
    private static final String[][] PATTERNS = {
            {"Association sportive de {c}", "ASC", "011005", ""}, {"Club de {s} de {c}", null, "011000", ""},
            {"{s} club {c}", null, "011000", ""}, {"Comité des fêtes de {c}", "CDF", "009030", ""},
            {"Association des parents d'élèves de l'école {p} de {c}", "APE", "015005", ""},
            {"Amicale des sapeurs-pompiers de {c}", null, "036510", ""}, {"Les amis de la bibliothèque de {c}", null, "006005", ""},
            {"Association pour la sauvegarde du patrimoine de {c}", "ASP", "010022", ""},
            {"Restos du cœur de {c}", null, "020010", ""}, {"Secours solidaire de {c}", null, "020005", "019000"},
            {"Union sportive {c}", "US", "011005", ""}, {"Foyer rural de {c}", null, "009035", ""},
            {"Association culturelle {p}", null, "006000", ""}, {"Harmonie municipale de {c}", null, "006030", ""},
            {"Association d'aide à domicile de {c}", "AAD", "021010", ""}, {"Jardins partagés de {c}", null, "007070", "024045"},
            {"Entraide numérique {c}", null, "019000", "015050"}, {"Fédération {s} du département de {c}", null, "011000", ""},
            {"Association {p} pour l'insertion", null, "030010", "019016"}, {"Club des aînés de {c}", null, "009040", ""}};
    private static final String[] ACTIVITIES = {"football", "tennis", "judo", "basket", "handball", "rugby", "pétanque",
            "natation", "cyclisme", "randonnée", "théâtre", "danse", "échecs", "photographie", "musique", "chorale",
            "yoga", "badminton", "escalade", "voile"};
    private static final String[] PEOPLE = {"Jules Ferry", "Victor Hugo", "Jean Moulin", "Marie Curie", "Louise Michel",
            "Jean Jaurès", "Simone Veil", "Paul Bert", "George Sand", "Pierre Brossolette", "Lucie Aubrac", "Émile Zola"};

    /** What was written: rows per département, and the file. */
    public record Written(Path file, int rows, Map<String, Integer> byDepartement) {
    }

    private final long seed;

    public RnaFileGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes {@code rna_waldec_<date>.zip} with {@code rows} associations into {@code folder}. */
    public Written write(Path folder, int rows, LocalDate date) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("rna_waldec_" + date.toString().replace("-", "") + ".zip");
            List<Commune> communes = communes();
            double[] cumulative = ReferenceCommunes.cumulative(communes);
            double total = cumulative[cumulative.length - 1];
            Random random = new Random(seed);
            // Rows grouped by département (one CSV each, as published), written in one pass per département.
            Map<String, List<Integer>> byDepartement = new TreeMap<>();
            int[] communeOf = new int[rows];
            for (int i = 0; i < rows; i++) {
                int c = pick(cumulative, random.nextDouble() * total);
                communeOf[i] = c;
                byDepartement.computeIfAbsent(communes.get(c).departement(), k -> new ArrayList<>()).add(i);
            }
            Map<String, Integer> counts = new TreeMap<>();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                for (Map.Entry<String, List<Integer>> d : byDepartement.entrySet()) {
                    String code = d.getKey().substring(d.getKey().indexOf(':') + 1);
                    zip.putNextEntry(new ZipEntry("rna_waldec_" + date.toString().replace("-", "") + "_dpt_" + code + ".csv"));
                    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
                    CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setDelimiter(';').setHeader(WALDEC.toArray(String[]::new))
                            .setRecordSeparator("\r\n").get());
                    for (int i : d.getValue()) {
                        out.printRecord(row(i, communes.get(communeOf[i]), new Random(seed * 31 + i), date));
                    }
                    out.flush();
                    zip.closeEntry();
                    counts.put(d.getKey(), d.getValue().size());
                }
            }
            return new Written(file, rows, counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The RNA number of row {@code i}: W, then three characters of the département's prefecture code, then six digits. */
    public static String rnaNumber(int i) {
        return String.format(Locale.ROOT, "W%09d", 100_000_000 + i);
    }

    private static List<Object> row(int i, Commune commune, Random random, LocalDate date) {
        String[] pattern = PATTERNS[random.nextInt(PATTERNS.length)];
        String name = pattern[0].replace("{c}", commune.name()).replace("{s}", ACTIVITIES[random.nextInt(ACTIVITIES.length)])
                .replace("{p}", PEOPLE[random.nextInt(PEOPLE.length)]);
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        // Some titles are written in capitals, as many registry titles are.
        String titre = random.nextInt(4) == 0 ? name.toUpperCase(Locale.FRENCH) : name;
        LocalDate created = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(27_000));
        if (created.isAfter(date)) {
            created = date.minusYears(1);
        }
        boolean dissolved = random.nextInt(12) == 0;
        String siret = random.nextInt(5) == 0 ? String.format(Locale.ROOT, "%09d%05d", 400_000_000 + i, 10 + random.nextInt(80)) : "";
        List<Object> r = new ArrayList<>(Arrays.asList(new Object[WALDEC.size()]));
        Collections.fill(r, "");
        set(r, "id", rnaNumber(i));
        set(r, "siret", siret);
        set(r, "rup_mi", random.nextInt(400) == 0 ? "RUP" + (1000 + random.nextInt(8000)) : "");
        set(r, "gestion", commune.departement().substring(commune.departement().indexOf(':') + 1) + "1P");
        set(r, "date_creat", created.toString());
        set(r, "date_decla", created.plusDays(random.nextInt(3000)).toString());
        set(r, "date_publi", created.plusDays(15).toString());
        set(r, "date_disso", dissolved ? created.plusYears(1 + random.nextInt(30)).toString() : "");
        set(r, "nature", "D");
        set(r, "groupement", name.startsWith("Fédération") ? "F" : "S");
        set(r, "titre", titre);
        set(r, "titre_court", pattern[1] != null && random.nextBoolean() ? pattern[1] + " " + commune.name().toUpperCase(Locale.FRENCH) : "");
        set(r, "objet", "Favoriser " + name.toLowerCase(Locale.FRENCH) + " et ses activités");
        set(r, "objet_social1", pattern[2]);
        set(r, "objet_social2", pattern[3]);
        set(r, "adrs_numvoie", String.valueOf(1 + random.nextInt(120)));
        set(r, "adrs_typevoie", "RUE");
        set(r, "adrs_libvoie", "de la Mairie");
        set(r, "adrs_codeinsee", commune.code());
        set(r, "adrs_codepostal", commune.code());
        set(r, "adrs_libcommune", commune.name());
        set(r, "adrg_pays", "FRANCE");
        set(r, "publiweb", "1");
        set(r, "position", dissolved ? "D" : "A");
        set(r, "maj_time", date.minusDays(random.nextInt(365)) + " 10:00:00");
        return r;
    }

    private static void set(List<Object> row, String column, Object value) {
        row.set(WALDEC.indexOf(column), value);
    }

    private static int pick(double[] cumulative, double value) {
        int i = Arrays.binarySearch(cumulative, value);
        return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
    }

    private static List<Commune> communes() throws IOException {
        return ReferenceCommunes.read();
    }
}

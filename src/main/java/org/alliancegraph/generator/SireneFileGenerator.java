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
import java.util.Random;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alliancegraph.generator.ReferenceCommunes.Commune;
import org.alliancegraph.writing.Identifiers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * INSEE's SIRENE stock files in their published layout ({@code StockUniteLegale_utf8.zip} and
 * {@code StockEtablissement_utf8.zip}, one {@code ,}-separated UTF-8 CSV each, INSEE's column names):
 * {@code units} legal units of the kinds the registry holds (companies, associations, foundations,
 * mutuals, cooperatives, communes and their groupings, sole traders, some not to be shown), about 45 %
 * marked ESS, one in ten ceased, each with one to three establishments on real communes weighted by
 * population, one of them the head office. Associations of index below {@code linkedToRna} carry the
 * RNA number {@link RnaFileGenerator#rnaNumber} gives the same index, as SIRENE links associations to
 * the RNA. SIRENs are valid (Luhn). The same seed writes the same files; no real unit is in them.
 */
public final class SireneFileGenerator {

    public static final List<String> UNIT_COLUMNS = List.of("siren", "statutDiffusionUniteLegale", "unitePurgeeUniteLegale",
            "dateCreationUniteLegale", "sigleUniteLegale", "sexeUniteLegale", "prenom1UniteLegale", "prenom2UniteLegale",
            "prenom3UniteLegale", "prenom4UniteLegale", "prenomUsuelUniteLegale", "pseudonymeUniteLegale",
            "identifiantAssociationUniteLegale", "trancheEffectifsUniteLegale", "anneeEffectifsUniteLegale",
            "dateDernierTraitementUniteLegale", "nombrePeriodesUniteLegale", "categorieEntreprise", "anneeCategorieEntreprise",
            "dateDebut", "etatAdministratifUniteLegale", "nomUniteLegale", "nomUsageUniteLegale", "denominationUniteLegale",
            "denominationUsuelle1UniteLegale", "denominationUsuelle2UniteLegale", "denominationUsuelle3UniteLegale",
            "categorieJuridiqueUniteLegale", "activitePrincipaleUniteLegale", "nomenclatureActivitePrincipaleUniteLegale",
            "nicSiegeUniteLegale", "economieSocialeSolidaireUniteLegale", "societeMissionUniteLegale", "caractereEmployeurUniteLegale");
    public static final List<String> ESTABLISHMENT_COLUMNS = List.of("siren", "nic", "siret", "statutDiffusionEtablissement",
            "dateCreationEtablissement", "trancheEffectifsEtablissement", "anneeEffectifsEtablissement",
            "activitePrincipaleRegistreMetiersEtablissement", "dateDernierTraitementEtablissement", "etablissementSiege",
            "nombrePeriodesEtablissement", "complementAdresseEtablissement", "numeroVoieEtablissement",
            "indiceRepetitionEtablissement", "typeVoieEtablissement", "libelleVoieEtablissement", "codePostalEtablissement",
            "libelleCommuneEtablissement", "libelleCommuneEtrangerEtablissement", "distributionSpecialeEtablissement",
            "codeCommuneEtablissement", "codeCedexEtablissement", "libelleCedexEtablissement", "codePaysEtrangerEtablissement",
            "libellePaysEtrangerEtablissement", "dateDebut", "etatAdministratifEtablissement", "enseigne1Etablissement",
            "denominationUsuelleEtablissement", "activitePrincipaleEtablissement", "nomenclatureActivitePrincipaleEtablissement",
            "caractereEmployeurEtablissement");

    /** Kinds of unit: share, legal categories, ESS mark, activity codes, a name pattern ({c} commune, {w} a word). */
    private record Profile(double share, String[] categories, boolean ess, String[] nafs, String pattern) {
    }

    private static final Profile[] PROFILES = {
            new Profile(0.36, new String[] {"5710", "5499", "5720", "5599"}, false,
                    new String[] {"62.01Z", "47.11D", "43.21A", "56.10A", "70.22Z", "41.20A"}, "{w} {c}"),
            new Profile(0.02, new String[] {"5458", "5558", "5710"}, true, new String[] {"43.99C", "88.10A", "38.32Z"}, "{w} coopérative de {c}"),
            new Profile(0.34, new String[] {"9220"}, true, new String[] {"94.99Z", "88.99B", "93.12Z", "85.59A", "90.01Z"},
                    "Association {w} de {c}"),
            new Profile(0.03, new String[] {"9300"}, true, new String[] {"88.99B", "94.99Z", "72.19Z"}, "Fondation {w} {c}"),
            new Profile(0.02, new String[] {"8210"}, true, new String[] {"65.12Z", "86.10Z"}, "Mutuelle {w} de {c}"),
            new Profile(0.05, new String[] {"7210", "7346", "7348", "7331"}, false, new String[] {"84.11Z", "85.31Z"}, "{c}"),
            new Profile(0.18, new String[] {"1000"}, false, new String[] {"96.02A", "86.90E", "43.32A", "74.10Z"}, null)};
    private static final String[] WORDS = {"Solidarité", "Avenir", "Horizon", "Entraide", "Réseau", "Atelier", "Énergie",
            "Jardins", "Numérique", "Culture", "Santé", "Insertion", "Habitat", "Mobilité", "Transition", "Éducation"};
    private static final String[] FIRST = {"Marie", "Jean", "Camille", "Nicolas", "Léa", "Thomas", "Sophie", "Julien"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"};

    /** What was written. */
    public record Written(Path units, Path establishments, int unitCount, int establishmentCount, int essUnits) {
    }

    private final long seed;

    public SireneFileGenerator(long seed) {
        this.seed = seed;
    }

    /** The SIREN of unit {@code i}: eight digits and a Luhn check digit. */
    public static String siren(int i) {
        String base = String.format(Locale.ROOT, "%08d", 30_000_000 + i);
        for (int check = 0; check < 10; check++) {
            if (Identifiers.luhn(base + check)) {
                return base + check;
            }
        }
        throw new IllegalStateException("no Luhn digit for " + base);
    }

    public Written write(Path folder, int units, int linkedToRna, LocalDate date) {
        try {
            Files.createDirectories(folder);
            List<Commune> communes = ReferenceCommunes.read();
            double[] cumulative = ReferenceCommunes.cumulative(communes);
            double total = cumulative[cumulative.length - 1];
            Path unitsFile = folder.resolve("StockUniteLegale_utf8.zip");
            Path establishmentsFile = folder.resolve("StockEtablissement_utf8.zip");
            int establishments = 0;
            int ess = 0;
            try (ZipOutputStream unitZip = new ZipOutputStream(Files.newOutputStream(unitsFile));
                    ZipOutputStream estZip = new ZipOutputStream(Files.newOutputStream(establishmentsFile))) {
                unitZip.putNextEntry(new ZipEntry("StockUniteLegale_utf8.csv"));
                estZip.putNextEntry(new ZipEntry("StockEtablissement_utf8.csv"));
                CSVPrinter unitOut = printer(unitZip, UNIT_COLUMNS);
                CSVPrinter estOut = printer(estZip, ESTABLISHMENT_COLUMNS);
                for (int i = 0; i < units; i++) {
                    // SplittableRandom mixes its seed: Random's first draws from neighbouring seeds are nearly equal.
                    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
                    Profile profile = profile(random.nextDouble());
                    Commune home = communes.get(pick(cumulative, random.nextDouble() * total));
                    String siren = siren(i);
                    String category = profile.categories()[random.nextInt(profile.categories().length)];
                    boolean ceased = random.nextInt(10) == 0;
                    boolean hidden = profile.pattern() == null && random.nextBoolean();
                    LocalDate created = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(23_000));
                    String naf = profile.nafs()[random.nextInt(profile.nafs().length)];
                    String word = WORDS[random.nextInt(WORDS.length)];
                    List<Object> u = blank(UNIT_COLUMNS.size());
                    set(u, UNIT_COLUMNS, "siren", siren);
                    set(u, UNIT_COLUMNS, "statutDiffusionUniteLegale", hidden ? "P" : "O");
                    set(u, UNIT_COLUMNS, "dateCreationUniteLegale", created.toString());
                    set(u, UNIT_COLUMNS, "dateDernierTraitementUniteLegale", date.minusDays(random.nextInt(300)) + "T10:00:00");
                    set(u, UNIT_COLUMNS, "nombrePeriodesUniteLegale", String.valueOf(1 + random.nextInt(4)));
                    set(u, UNIT_COLUMNS, "dateDebut", ceased ? created.plusYears(1 + random.nextInt(20)).toString() : created.toString());
                    set(u, UNIT_COLUMNS, "etatAdministratifUniteLegale", ceased ? "C" : "A");
                    if (profile.pattern() == null) {
                        set(u, UNIT_COLUMNS, "sexeUniteLegale", random.nextBoolean() ? "F" : "M");
                        set(u, UNIT_COLUMNS, "prenom1UniteLegale", hidden ? "[ND]" : FIRST[random.nextInt(FIRST.length)].toUpperCase(Locale.FRENCH));
                        set(u, UNIT_COLUMNS, "prenomUsuelUniteLegale", hidden ? "[ND]" : FIRST[random.nextInt(FIRST.length)].toUpperCase(Locale.FRENCH));
                        set(u, UNIT_COLUMNS, "nomUniteLegale", hidden ? "[ND]" : LAST[random.nextInt(LAST.length)].toUpperCase(Locale.FRENCH));
                    } else {
                        String name = profile.pattern().replace("{w}", word).replace("{c}", home.name());
                        set(u, UNIT_COLUMNS, "denominationUniteLegale", category.equals("7210") ? "COMMUNE DE " + name.toUpperCase(Locale.FRENCH)
                                : name.toUpperCase(Locale.FRENCH));
                        if (random.nextInt(4) == 0) {
                            set(u, UNIT_COLUMNS, "sigleUniteLegale", (word.substring(0, 1) + home.name().charAt(0) + "A").toUpperCase(Locale.FRENCH));
                        }
                    }
                    if (category.startsWith("92") && i < linkedToRna) {
                        set(u, UNIT_COLUMNS, "identifiantAssociationUniteLegale", RnaFileGenerator.rnaNumber(i));
                    }
                    set(u, UNIT_COLUMNS, "categorieJuridiqueUniteLegale", category);
                    set(u, UNIT_COLUMNS, "activitePrincipaleUniteLegale", naf);
                    set(u, UNIT_COLUMNS, "nomenclatureActivitePrincipaleUniteLegale", "NAFRev2");
                    set(u, UNIT_COLUMNS, "nicSiegeUniteLegale", "00011");
                    set(u, UNIT_COLUMNS, "economieSocialeSolidaireUniteLegale", profile.ess() ? "O" : "N");
                    set(u, UNIT_COLUMNS, "caractereEmployeurUniteLegale", random.nextBoolean() ? "O" : "N");
                    unitOut.printRecord(u);
                    if (profile.ess()) {
                        ess++;
                    }
                    int count = 1 + (random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0);
                    for (int e = 0; e < count; e++) {
                        Commune at = e == 0 ? home : communes.get(pick(cumulative, random.nextDouble() * total));
                        String nic = String.format(Locale.ROOT, "%05d", 11 + e * 18);
                        List<Object> row = blank(ESTABLISHMENT_COLUMNS.size());
                        set(row, ESTABLISHMENT_COLUMNS, "siren", siren);
                        set(row, ESTABLISHMENT_COLUMNS, "nic", nic);
                        set(row, ESTABLISHMENT_COLUMNS, "siret", siren + nic);
                        set(row, ESTABLISHMENT_COLUMNS, "statutDiffusionEtablissement", hidden ? "P" : "O");
                        set(row, ESTABLISHMENT_COLUMNS, "dateCreationEtablissement", created.plusDays(e * 400L).toString());
                        set(row, ESTABLISHMENT_COLUMNS, "etablissementSiege", e == 0 ? "true" : "false");
                        set(row, ESTABLISHMENT_COLUMNS, "numeroVoieEtablissement", String.valueOf(1 + random.nextInt(90)));
                        set(row, ESTABLISHMENT_COLUMNS, "typeVoieEtablissement", "RUE");
                        set(row, ESTABLISHMENT_COLUMNS, "libelleVoieEtablissement", "DE LA REPUBLIQUE");
                        set(row, ESTABLISHMENT_COLUMNS, "codePostalEtablissement", at.code());
                        set(row, ESTABLISHMENT_COLUMNS, "libelleCommuneEtablissement", at.name().toUpperCase(Locale.FRENCH));
                        set(row, ESTABLISHMENT_COLUMNS, "codeCommuneEtablissement", at.code());
                        set(row, ESTABLISHMENT_COLUMNS, "dateDebut", created.toString());
                        set(row, ESTABLISHMENT_COLUMNS, "etatAdministratifEtablissement", ceased ? "F" : "A");
                        set(row, ESTABLISHMENT_COLUMNS, "activitePrincipaleEtablissement", naf);
                        set(row, ESTABLISHMENT_COLUMNS, "nomenclatureActivitePrincipaleEtablissement", "NAFRev2");
                        estOut.printRecord(row);
                        establishments++;
                    }
                }
                unitOut.flush();
                estOut.flush();
                unitZip.closeEntry();
                estZip.closeEntry();
            }
            return new Written(unitsFile, establishmentsFile, units, establishments, ess);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVPrinter printer(ZipOutputStream zip, List<String> columns) throws IOException {
        return new CSVPrinter(new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).setRecordSeparator("\n").get());
    }

    private static Profile profile(double draw) {
        double sum = 0;
        for (Profile p : PROFILES) {
            sum += p.share();
            if (draw < sum) {
                return p;
            }
        }
        return PROFILES[PROFILES.length - 1];
    }

    private static List<Object> blank(int size) {
        List<Object> row = new ArrayList<>(Collections.nCopies(size, ""));
        return row;
    }

    private static void set(List<Object> row, List<String> columns, String column, Object value) {
        row.set(columns.indexOf(column), value);
    }

    private static int pick(double[] cumulative, double value) {
        int i = Arrays.binarySearch(cumulative, value);
        return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
    }
}

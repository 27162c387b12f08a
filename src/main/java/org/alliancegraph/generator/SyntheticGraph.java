package org.alliancegraph.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.alliancegraph.generator.ReferenceCommunes.Commune;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.vocabulary.PartnerRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a synthetic graph in the import format, the same for the same size and seed. It is built to
 * look like the real thing: organisations on real communes weighted by population, kinds in
 * plausible proportions, alliances of 2 to 15 partners with a heavy tail, mostly local (partners from
 * one département) with some national ones, modes, phases and dates from 2008, SDG targets with 17.17
 * frequent, and three hub organisations (a national foundation, a large company, a ministry) with
 * thousands of partners at size L.
 */
public final class SyntheticGraph {

    /** Sizes of the benchmark: organisations, alliances; memberships follow from the partner counts. */
    public enum Size {
        XS(200, 600), S(1_000, 3_000), M(10_000, 30_000), L(100_000, 300_000);

        final int organisations;
        final int alliances;

        Size(int organisations, int alliances) {
            this.organisations = organisations;
            this.alliances = alliances;
        }
    }

    static final String ORG_PREFIX = "syn-o";
    static final String ALLIANCE_PREFIX = "syn-a";
    private static final LocalDate FIRST_DAY = LocalDate.of(2008, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - FIRST_DAY.toEpochDay());

    // Kinds in rough proportion to the French landscape of partnerships (associations and companies first).
    private static final OrganisationKind[] KINDS = OrganisationKind.values();
    private static final double[] KIND_WEIGHTS = weights(Map.ofEntries(
            Map.entry(OrganisationKind.ASSOCIATION, 45.0), Map.entry(OrganisationKind.ENTREPRISE, 30.0),
            Map.entry(OrganisationKind.ENTREPRISE_SOCIALE, 3.0), Map.entry(OrganisationKind.FONDATION, 4.0),
            Map.entry(OrganisationKind.COLLECTIVITE_TERRITORIALE, 8.0), Map.entry(OrganisationKind.SERVICE_ETAT, 2.0),
            Map.entry(OrganisationKind.ACTEUR_PUBLIC, 2.0), Map.entry(OrganisationKind.INVESTISSEUR_SOCIETAL, 1.0),
            Map.entry(OrganisationKind.ACCOMPAGNATEUR, 2.0), Map.entry(OrganisationKind.ACADEMIQUE, 1.5),
            Map.entry(OrganisationKind.RESEAU, 1.0), Map.entry(OrganisationKind.INITIATIVE_CITOYENNE, 0.5),
            Map.entry(OrganisationKind.NON_PRECISE, 0.0)));
    private static final double[] MODE_WEIGHTS = cumulativeShares(new double[] {40, 20, 20, 20});
    private static final double[] PHASE_WEIGHTS = cumulativeShares(new double[] {15, 35, 20, 20, 10});
    /** P(k partners) proportional to k^-2.2 for k = 2..15: most alliances are pairs, a few are large. */
    private static final double[] PARTNER_WEIGHTS = partnerWeights();

    public record Counts(int organisations, int alliances, int memberships) {
    }

    private final Size size;
    private final long seed;

    public SyntheticGraph(Size size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    public Counts write(Path folder) {
        try {
            Files.createDirectories(folder);
            return writeFiles(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Counts writeFiles(Path folder) throws IOException {
        Random random = new Random(seed);
        List<Commune> communes = communes();
        double[] cumulative = new double[communes.size()];
        double total = 0;
        for (int i = 0; i < communes.size(); i++) {
            total += Math.max(1, communes.get(i).population());
            cumulative[i] = total;
        }
        String source = "syn-source-" + size.name().toLowerCase(Locale.ROOT) + "-" + seed;
        try (CSVPrinter out = printer(folder.resolve("sources.csv"), "id", "title", "publisher", "date")) {
            out.printRecord(source, "Synthetic graph " + size + " (seed " + seed + ")", "alliance-graph generator", "2026");
        }

        // Organisations: three hubs in Paris, then the others on communes weighted by population.
        int n = size.organisations;
        String[] orgDepartement = new String[n];
        String[] orgCommune = new String[n];
        Map<String, List<Integer>> byDepartement = new HashMap<>();
        int[] hubs = {0, 1, 2};
        try (CSVPrinter out = printer(folder.resolve("organisations.csv"), "id", "name", "kind", "territory", "source", "quote")) {
            String[][] hubRows = {
                    {"Fondation nationale synthétique", OrganisationKind.FONDATION.name()},
                    {"Grande entreprise synthétique", OrganisationKind.ENTREPRISE.name()},
                    {"Ministère synthétique", OrganisationKind.SERVICE_ETAT.name()}};
            for (int i = 0; i < n; i++) {
                Commune commune = i < hubs.length ? paris(communes) : communes.get(pick(cumulative, random.nextDouble() * total));
                String kind = i < hubs.length ? hubRows[i][1] : KINDS[pick(KIND_WEIGHTS, random.nextDouble())].name();
                String name = i < hubs.length ? hubRows[i][0] : kindLabel(kind) + " " + (i + 1);
                orgDepartement[i] = commune.departement();
                orgCommune[i] = commune.code();
                byDepartement.computeIfAbsent(commune.departement(), d -> new ArrayList<>()).add(i);
                out.printRecord(orgId(i), name, kind, "commune:" + commune.code(), source, "synthetic row");
            }
        }

        // Alliances and memberships, written side by side.
        int memberships = 0;
        AllianceMode[] modes = AllianceMode.values();
        InnovationPhase[] phases = InnovationPhase.values();
        PartnerRole[] otherRoles = {PartnerRole.PARTENAIRE, PartnerRole.FINANCEUR, PartnerRole.BENEFICIAIRE,
                PartnerRole.EXPERT, PartnerRole.OPERATEUR, PartnerRole.CATALYSEUR, PartnerRole.INSTITUTION};
        try (CSVPrinter alliances = printer(folder.resolve("alliances.csv"), "id", "name", "mode", "status", "phase",
                "phase_since", "start_date", "end_date", "territories", "sdg_targets", "sdg_basis", "source", "quote");
             CSVPrinter members = printer(folder.resolve("memberships.csv"), "alliance", "organisation", "role", "since",
                     "until", "source")) {
            for (int a = 0; a < size.alliances; a++) {
                int anchor = 3 + random.nextInt(n - 3);
                boolean national = random.nextDouble() < 0.15;
                int k = 2 + pick(PARTNER_WEIGHTS, random.nextDouble());
                Set<Integer> partners = new LinkedHashSet<>();
                partners.add(anchor);
                List<Integer> local = byDepartement.get(orgDepartement[anchor]);
                int attempts = 0;
                while (partners.size() < k && attempts++ < 10 * k) {
                    partners.add(national || local.size() < 2 ? 3 + random.nextInt(n - 3) : local.get(random.nextInt(local.size())));
                }
                // Each hub joins about one alliance in a hundred: thousands of partners at size L.
                for (int hub : hubs) {
                    if (random.nextDouble() < 0.01) {
                        partners.add(hub);
                    }
                }
                LocalDate start = FIRST_DAY.plusDays(random.nextInt(DAYS));
                boolean ended = random.nextDouble() < 0.3;
                LocalDate end = ended ? start.plusDays(180 + random.nextInt(2_000)) : null;
                if (end != null && end.isAfter(LocalDate.of(2026, 6, 30))) {
                    end = null;
                    ended = false;
                }
                InnovationPhase phase = phases[pick(PHASE_WEIGHTS, random.nextDouble())];
                LocalDate phaseSince = start.plusDays(random.nextInt(365));
                List<String> targets = new ArrayList<>();
                if (random.nextDouble() < 0.5) {
                    targets.add("17.17");
                }
                int more = random.nextInt(3);
                for (int t = 0; t < more || targets.isEmpty(); t++) {
                    String code = TARGETS[random.nextInt(TARGETS.length)];
                    if (!targets.contains(code)) {
                        targets.add(code);
                    }
                }
                // A local alliance acts in its anchor's commune or département; a national one in France.
                String territory = national ? "FR" : random.nextDouble() < 0.5
                        ? "commune:" + orgCommune[anchor] : orgDepartement[anchor];
                alliances.printRecord(allianceId(a), "Alliance synthétique " + (a + 1),
                        modes[pick(MODE_WEIGHTS, random.nextDouble())].name(), ended ? "TERMINEE" : "EN_COURS",
                        phase.name(), phaseSince, start, end == null ? "" : end, territory,
                        String.join(";", targets), "PURPOSE", source, "synthetic row");
                boolean first = true;
                for (int p : partners) {
                    PartnerRole role = first ? PartnerRole.PORTEUR : otherRoles[random.nextInt(otherRoles.length)];
                    first = false;
                    members.printRecord(allianceId(a), orgId(p), role.name(), start, end == null ? "" : end, source);
                    memberships++;
                }
            }
        }
        return new Counts(n, size.alliances, memberships);
    }

    static String orgId(int i) {
        return ORG_PREFIX + String.format("%06d", i + 1);
    }

    static String allianceId(int i) {
        return ALLIANCE_PREFIX + String.format("%06d", i + 1);
    }

    /** The 169 target codes, from the shipped reference file (so the generator never names a wrong one). */
    private static final String[] TARGETS = targets();

    private static String[] targets() {
        try (var in = new ClassPathResource("reference/sdg/en/global_targets.yml").getInputStream()) {
            Map<String, Object> yaml = new Yaml().load(in);
            return yaml.keySet().stream().filter(k -> k.matches("\\d+-\\w+-title"))
                    .map(k -> k.substring(0, k.length() - "-title".length()).replaceFirst("-", "."))
                    .sorted().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Commune> communes() throws IOException {
        return ReferenceCommunes.read();
    }

    private static Commune paris(List<Commune> communes) {
        return communes.stream().filter(c -> c.code().equals("75056")).findFirst().orElseThrow();
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator('\n').get());
    }

    /** Index of the first cumulative weight above {@code value}. */
    private static int pick(double[] cumulative, double value) {
        int i = Arrays.binarySearch(cumulative, value);
        return Math.min(cumulative.length - 1, i >= 0 ? i + 1 : -i - 1);
    }

    private static double[] weights(Map<OrganisationKind, Double> weights) {
        double[] raw = new double[KINDS.length];
        for (int i = 0; i < KINDS.length; i++) {
            raw[i] = weights.getOrDefault(KINDS[i], 0.0);
        }
        return cumulativeShares(raw);
    }

    private static double[] partnerWeights() {
        double[] raw = new double[14];
        for (int k = 2; k <= 15; k++) {
            raw[k - 2] = Math.pow(k, -2.2);
        }
        return cumulativeShares(raw);
    }

    /** Turns weights into cumulative shares ending at 1. */
    private static double[] cumulativeShares(double[] raw) {
        double sum = Arrays.stream(raw).sum();
        double[] cumulative = new double[raw.length];
        double running = 0;
        for (int i = 0; i < raw.length; i++) {
            running += raw[i] / sum;
            cumulative[i] = running;
        }
        return cumulative;
    }

    private static String kindLabel(String kind) {
        return OrganisationKind.valueOf(kind).labelFr();
    }
}

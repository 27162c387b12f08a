package org.alliancegraph.generator;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** The communes of the shipped COG, for the generators: where synthetic organisations are placed, weighted by population. */
final class ReferenceCommunes {

    /** A commune, its name, the id of its département (or overseas collectivité), its population. */
    record Commune(String code, String name, String departement, long population) {
    }

    private ReferenceCommunes() {
    }

    static List<Commune> read() throws IOException {
        List<Commune> communes = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ClassPathResource("reference/territories/territories.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if ("COMMUNE".equals(row.get("level"))) {
                    String departement = Arrays.stream(row.get("parents").split(";"))
                            .filter(p -> p.startsWith("departement:") || p.startsWith("collectivite:")).findFirst().orElseThrow();
                    communes.add(new Commune(row.get("code"), row.get("name"), departement, Long.parseLong(row.get("population"))));
                }
            }
        }
        return communes;
    }

    /** The cumulative populations (each at least 1), for drawing a commune by population. */
    static double[] cumulative(List<Commune> communes) {
        double[] cumulative = new double[communes.size()];
        double total = 0;
        for (int i = 0; i < communes.size(); i++) {
            total += Math.max(1, communes.get(i).population());
            cumulative[i] = total;
        }
        return cumulative;
    }
}

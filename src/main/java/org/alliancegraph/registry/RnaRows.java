package org.alliancegraph.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.alliancegraph.registry.RegistryFiles.Row;

/**
 * One RNA row (waldec or import layout) as the write statement takes it, or why it cannot be taken.
 * Arrondissements of Paris, Lyon and Marseille are their commune (the COG the graph ships has no
 * arrondissements); a SIRET gives the SIREN; an association is active when its position is
 * {@code A} and it has no dissolution date.
 */
final class RnaRows {

    private static final Pattern RNA = Pattern.compile("W[0-9A-Z]{9}");
    private static final Pattern INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");

    /** A row taken, or the reason it was not. */
    record Parsed(Map<String, Object> row, String problem) {
    }

    private RnaRows() {
    }

    static Parsed parse(Row r) {
        String rna = r.get("id");
        if (rna == null || !RNA.matcher(rna.toUpperCase(Locale.ROOT)).matches()) {
            return new Parsed(null, r.where() + " [id] " + (rna == null ? "is empty" : "'" + rna + "' is not an RNA number (W and nine characters)"));
        }
        rna = rna.toUpperCase(Locale.ROOT);
        String title = r.get("titre");
        if (title == null) {
            return new Parsed(null, r.where() + " [titre] is empty");
        }
        String position = r.get("position");
        LocalDate created = date(r.get("date_creat"));
        LocalDate dissolved = date(r.get("date_disso"));
        String siret = digits(r.get("siret"));
        List<String> objects = new ArrayList<>();
        for (String column : List.of("objet_social1", "objet_social2")) {
            String code = r.get(column);
            if (code != null && !code.matches("0+")) {
                objects.add(code);
            }
        }
        Map<String, Object> row = new HashMap<>();
        row.put("rna", rna);
        row.put("id", "rna-" + rna.toLowerCase(Locale.ROOT));
        row.put("name", title);
        row.put("searchName", title.replace('’', ' ').replace('\'', ' '));
        row.put("acronym", r.get("titre_court"));
        row.put("siret", siret != null && siret.length() == 14 ? siret : null);
        row.put("siren", siret != null && siret.length() == 14 ? siret.substring(0, 9) : null);
        row.put("socialObjects", objects);
        row.put("created", created);
        row.put("dissolved", dissolved);
        row.put("active", (position == null || position.equals("A")) && dissolved == null);
        row.put("publicUtility", r.get("rup_mi"));
        row.put("groupement", r.get("groupement"));
        row.put("commune", commune(r.get("adrs_codeinsee")));
        row.put("updatedAt", r.get("maj_time"));
        row.put("hash", hash(row));
        row.put("where", r.where());
        return new Parsed(row, null);
    }

    /** The commune id of an INSEE code, arrondissements to their commune; null when the code is none. */
    static String commune(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.length() == 4) {
            c = "0" + c;
        }
        if (!INSEE.matcher(c).matches()) {
            return null;
        }
        if (c.compareTo("75101") >= 0 && c.compareTo("75120") <= 0) {
            c = "75056";
        } else if (c.compareTo("69381") >= 0 && c.compareTo("69389") <= 0) {
            c = "69123";
        } else if (c.compareTo("13201") >= 0 && c.compareTo("13216") <= 0) {
            c = "13055";
        }
        return "commune:" + c;
    }

    private static LocalDate date(String text) {
        if (text == null || text.startsWith("0001")) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String digits(String s) {
        if (s == null) {
            return null;
        }
        String d = s.replaceAll("\\D", "");
        return d.isEmpty() || d.matches("0+") ? null : d;
    }

    /** What the row says, as one hash (its place in the file and its update time left out). */
    private static String hash(Map<String, Object> row) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(row).forEach((k, v) -> {
                if (!k.equals("updatedAt")) {
                    digest.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8));
                }
            });
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

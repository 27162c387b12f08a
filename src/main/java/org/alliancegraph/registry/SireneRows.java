package org.alliancegraph.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.alliancegraph.registry.RegistryFiles.Row;
import org.alliancegraph.vocabulary.OrganisationKind;

/**
 * SIRENE rows as the write statements take them. A legal unit ({@code StockUniteLegale}): its SIREN,
 * name (denomination, else the person's names), acronym, legal category and the kind it gives,
 * activity code and section, ESS mark, active or ceased, creation date, the RNA number SIRENE links
 * it to, and its head office's SIRET. A head-office establishment ({@code StockEtablissement} with
 * {@code etablissementSiege = true}): its SIRET and commune. Units SIRENE does not let be shown
 * ({@code [ND]} names) are left out.
 */
final class SireneRows {

    /** A unit taken, skipped (not selected, not shown), or refused with a reason. */
    record Unit(Map<String, Object> row, boolean skipped, String problem) {
    }

    private SireneRows() {
    }

    static Unit unit(Row r, SireneSelection selection) {
        String siren = r.get("siren");
        if (siren == null || !siren.matches("\\d{9}")) {
            return new Unit(null, false, r.where() + " [siren] " + (siren == null ? "is empty" : "'" + siren + "' is not a SIREN (nine digits)"));
        }
        String category = r.get("categoriejuridiqueunitelegale");
        boolean ess = "O".equals(r.get("economiesocialesolidaireunitelegale"));
        if (!selection.takes(category, ess)) {
            return new Unit(null, true, null);
        }
        String name = name(r);
        if (name == null || name.contains("[ND]")) {
            return new Unit(null, true, null);
        }
        OrganisationKind kind = SireneCodes.kind(category, ess);
        String naf = r.get("activiteprincipaleunitelegale");
        boolean active = !"C".equals(r.get("etatadministratifunitelegale"));
        String nic = r.get("nicsiegeunitelegale");
        String rna = r.get("identifiantassociationunitelegale");
        Map<String, Object> row = new HashMap<>();
        row.put("siren", siren);
        row.put("id", "sirene-" + siren);
        row.put("name", name);
        row.put("searchName", name.replace('’', ' ').replace('\'', ' '));
        row.put("acronym", r.get("sigleunitelegale"));
        row.put("kind", kind.name());
        row.put("legalCategory", category);
        row.put("naf", naf);
        row.put("nafSection", SireneCodes.section(naf));
        row.put("ess", ess);
        row.put("active", active);
        row.put("created", date(r.get("datecreationunitelegale")));
        row.put("ceased", active ? null : date(r.get("datedebut")));
        row.put("rna", rna != null && rna.toUpperCase(Locale.ROOT).matches("W[0-9A-Z]{9}") ? rna.toUpperCase(Locale.ROOT) : null);
        row.put("siret", nic != null && nic.matches("\\d{5}") ? siren + nic : null);
        row.put("hash", hash(row));
        row.put("where", r.where());
        return new Unit(row, false, null);
    }

    /** The head office of a unit: SIREN, SIRET and commune id; null for any other establishment. */
    static Map<String, Object> headOffice(Row r) {
        if (!"true".equalsIgnoreCase(r.get("etablissementsiege"))) {
            return null;
        }
        String siren = r.get("siren");
        String siret = r.get("siret");
        if (siren == null || !siren.matches("\\d{9}") || siret == null || !siret.matches("\\d{14}")) {
            return null;
        }
        Map<String, Object> row = new HashMap<>();
        row.put("siren", siren);
        row.put("siret", siret);
        row.put("commune", RnaRows.commune(r.get("codecommuneetablissement")));
        row.put("where", r.where());
        return row;
    }

    private static String name(Row r) {
        String denomination = r.get("denominationunitelegale");
        if (denomination != null) {
            return denomination;
        }
        String usual = r.get("denominationusuelle1unitelegale");
        if (usual != null) {
            return usual;
        }
        String last = r.get("nomusageunitelegale") != null ? r.get("nomusageunitelegale") : r.get("nomunitelegale");
        String first = r.get("prenomusuelunitelegale") != null ? r.get("prenomusuelunitelegale") : r.get("prenom1unitelegale");
        return last == null ? null : (first == null ? last : first + " " + last);
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What the row says, as one hash (its place in the file left out). */
    static String hash(Map<String, Object> row) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(row).forEach((k, v) -> digest.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

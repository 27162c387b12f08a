package org.alliancegraph.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.alliancegraph.graph.Labelled;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.AllianceStatus;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.vocabulary.PartnerRole;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spreadsheet to fill in: one sheet of partner rows (an organisation's role in an alliance, with
 * what describes each), an example row, and a second sheet with every code and its labels. As .xlsx,
 * or as the partner sheet alone in CSV for French Excel (UTF-8 with BOM, {@code ;}).
 */
final class Template {

    static final List<String> PARTNER_HEADERS = List.of("organisation", "type", "commune", "siren", "alliance", "mode",
            "programme", "rôle", "depuis", "jusqu'au", "citation", "page");
    static final List<String> EXAMPLE = List.of("Association Exemple", "Association", "Laval (53)", "", "Alliance Exemple",
            "Mécénat", "", "Porteur", "05/11/2018", "", "« Les partenaires de l'alliance sont... »", "p. 12");

    private Template() {
    }

    static byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet partners = book.createSheet("partenaires");
            row(partners, 0, PARTNER_HEADERS);
            row(partners, 1, EXAMPLE);
            for (int c = 0; c < PARTNER_HEADERS.size(); c++) {
                partners.setColumnWidth(c, 22 * 256);
            }
            Sheet words = book.createSheet("vocabulaire");
            row(words, 0, List.of("colonne", "code", "libellé", "label"));
            int r = 1;
            r = vocabulary(words, r, "type", OrganisationKind.values());
            r = vocabulary(words, r, "mode", AllianceMode.values());
            r = vocabulary(words, r, "rôle", PartnerRole.values());
            r = vocabulary(words, r, "phase", InnovationPhase.values());
            vocabulary(words, r, "statut", AllianceStatus.values());
            for (int c = 0; c < 4; c++) {
                words.setColumnWidth(c, 30 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv() {
        StringBuilder text = new StringBuilder("\uFEFF");
        text.append(String.join(";", PARTNER_HEADERS)).append("\r\n");
        text.append(String.join(";", EXAMPLE.stream().map(v -> v.contains(";") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v)
                .toList())).append("\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int vocabulary(Sheet sheet, int r, String column, Labelled[] values) {
        for (Labelled value : values) {
            row(sheet, r++, List.of(column, ((Enum<?>) value).name(), value.labelFr(), value.labelEn()));
        }
        return r;
    }

    private static void row(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }
}

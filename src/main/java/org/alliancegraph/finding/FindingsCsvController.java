package org.alliancegraph.finding;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.alliancegraph.export.ExcelCells;
import org.alliancegraph.vocabulary.FindingTopic;
import org.alliancegraph.vocabulary.Population;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/findings.csv}: the findings as a spreadsheet, one row per finding with its study,
 * programme, period and every source with its quote; the same criteria as {@code Query.findings}.
 * {@code excel=true} writes what French Excel opens as it is (byte order mark, {@code ;}, no cell read
 * as a formula).
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FindingsCsvController {

    static final List<String> COLUMNS = List.of("id", "value", "unit", "population", "population_fr", "period", "year", "topic",
            "statement_fr", "statement_en", "study", "programme", "territory", "actor_kinds", "sdg_targets", "updates", "note", "sources");

    private final FindingController findings;

    FindingsCsvController(FindingController findings) {
        this.findings = findings;
    }

    @GetMapping("/export/findings.csv")
    void csv(@RequestParam(required = false) Population population, @RequestParam(required = false) FindingTopic topic,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String study,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
            @RequestParam(defaultValue = "false") boolean excel, HttpServletResponse response) throws IOException {
        List<FindingController.Finding> rows = findings.findings(new FindingController.FindingFilter(population, topic, null, null, null,
                null, study, programme, from, to), FindingController.MAX_FIRST);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"alliance-graph-findings.csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        if (excel) {
            writer.write('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(excel ? ';' : ',')
                .setHeader(COLUMNS.toArray(String[]::new)).get());
        for (FindingController.Finding f : rows) {
            List<Object> row = new ArrayList<>(List.of(f.id(), f.value(), f.unit(), f.population().name(), f.populationLabel().fr()));
            row.add(f.period());
            row.add(f.year());
            row.add(f.topic().name());
            row.add(f.statement().fr());
            row.add(f.statement().en());
            row.add(f.study() == null ? null : f.study().name());
            row.add(f.study() == null ? null : f.study().programme());
            row.add(f.territory() == null ? null : f.territory().id());
            row.add(f.actorKinds().stream().map(Enum::name).collect(Collectors.joining(";")));
            row.add(String.join(";", f.sdgTargets()));
            row.add(f.updates());
            row.add(f.note());
            row.add(f.provenance().stream().map(p -> p.source().id() + ": « " + p.quote() + " »" + (p.page() == null ? "" : " (" + p.page() + ")"))
                    .collect(Collectors.joining(" | ")));
            printer.printRecord(excel ? ExcelCells.inert(row) : row);
        }
        printer.flush();
    }
}

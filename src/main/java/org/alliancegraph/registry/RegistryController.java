package org.alliancegraph.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.alliancegraph.api.ErrorBody;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registry imports through the running service (ADMIN, as everything under {@code /admin/}):
 * {@code POST /admin/registry/rna} with the delivery's files as multipart parts, or
 * {@code POST /admin/registry/sirene?select=ess&departements=53&date=2026-12-01} with the parts
 * {@code units} and {@code establishments}; 202 and the job's address, whose page gives its progress
 * and report ({@code GET /admin/registry/jobs/{id}}).
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RegistryController {

    static final String PATH = "/admin/registry";

    private final RegistryJobs jobs;

    RegistryController(RegistryJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(PATH + "/{registry}")
    ResponseEntity<Map<String, Object>> submit(@PathVariable String registry, @RequestParam(required = false) String select,
            @RequestParam(required = false) String departements, @RequestParam(required = false) String date,
            @RequestParam(required = false) Integer batchSize, HttpServletRequest request) throws IOException {
        if (!registry.equals("rna") && !registry.equals("sirene")) {
            return refuse(HttpStatus.NOT_FOUND, "no registry '" + registry + "': rna or sirene", "registry");
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("multipart/form-data")) {
            return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the files as multipart/form-data (curl -F files=@rna_waldec_20261201.zip; "
                    + "for SIRENE -F units=@StockUniteLegale_utf8.zip -F establishments=@StockEtablissement_utf8.zip)", "body");
        }
        SireneSelection selection;
        LocalDate day;
        int batch = batchSize == null ? RnaImport.DEFAULT_BATCH_SIZE : batchSize;
        try {
            selection = registry.equals("sirene") ? SireneSelection.parse(select, departements) : null;
            day = date == null || date.isBlank() ? null : LocalDate.parse(date);
            if (batch < 1 || batch > 100_000) {
                throw new IllegalArgumentException("batchSize must be between 1 and 100000");
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return refuse(HttpStatus.BAD_REQUEST, e.getMessage(), "query");
        }
        Path folder = Files.createTempDirectory("registry-job-");
        try {
            List<Path> received = new ArrayList<>();
            Path units = null;
            Path establishments = null;
            for (Part part : parts(request)) {
                String name = Path.of(part.getSubmittedFileName() == null ? part.getName() : part.getSubmittedFileName()).getFileName().toString();
                if (name.isBlank() || name.startsWith(".")) {
                    continue;
                }
                Path file = folder.resolve(name);
                try (InputStream in = part.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                received.add(file);
                String lower = name.toLowerCase(Locale.ROOT);
                if (part.getName().equals("units") || lower.startsWith("stockunitelegale")) {
                    units = file;
                } else if (part.getName().equals("establishments") || lower.startsWith("stocketablissement")) {
                    establishments = file;
                }
            }
            RegistryJobs.Work work;
            if (registry.equals("rna")) {
                if (received.isEmpty()) {
                    throw new IllegalArgumentException("no file received: send the RNA delivery (rna_waldec_YYYYMMDD.zip) as a part");
                }
                work = new RegistryJobs.Work("rna", List.of(received.size() == 1 ? received.getFirst() : folder), null, day, batch);
            } else {
                if (units == null || establishments == null) {
                    throw new IllegalArgumentException("SIRENE needs two parts, units (StockUniteLegale) and establishments (StockEtablissement)");
                }
                work = new RegistryJobs.Work("sirene", List.of(units, establishments), selection, day, batch);
            }
            RegistryJobs.Job job = jobs.submit(work, folder);
            return ResponseEntity.accepted().location(URI.create(PATH + "/jobs/" + job.id)).contentType(MediaType.APPLICATION_JSON)
                    .body(job.view());
        } catch (IllegalArgumentException e) {
            RegistryJobs.delete(folder);
            return refuse(HttpStatus.BAD_REQUEST, e.getMessage(), "body");
        } catch (IOException | RuntimeException e) {
            RegistryJobs.delete(folder);
            throw e;
        }
    }

    @GetMapping(PATH + "/jobs/{id}")
    ResponseEntity<Map<String, Object>> job(@PathVariable String id) {
        return jobs.find(id).map(job -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(job.view()))
                .orElseGet(() -> refuse(HttpStatus.NOT_FOUND, "no registry job '" + id + "' (the last " + RegistryJobs.KEPT
                        + " are kept, not across restarts)", "id"));
    }

    @GetMapping(PATH + "/jobs")
    ResponseEntity<Map<String, Object>> all() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("jobs", jobs.all().stream().map(RegistryJobs.Job::view).toList()));
    }

    private static Collection<Part> parts(HttpServletRequest request) throws IOException {
        try {
            return request.getParts();
        } catch (ServletException | IllegalStateException e) {
            throw new IllegalArgumentException("the upload could not be read (" + e.getMessage() + "); the files may be larger "
                    + "than alliance-graph.import.max-upload-size allows");
        }
    }

    private static ResponseEntity<Map<String, Object>> refuse(HttpStatus status, String message, String field) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of(status == HttpStatus.NOT_FOUND ? "NOT_FOUND" : "BAD_REQUEST", message, field));
    }
}

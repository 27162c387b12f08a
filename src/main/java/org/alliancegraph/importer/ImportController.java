package org.alliancegraph.importer;

import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.alliancegraph.api.ErrorBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports through the running service, for the ADMIN role (Spring Security checks it first, see
 * {@code access}):
 * <ul>
 * <li>{@code POST /admin/imports?mode=keep-good} with the import folder zipped ({@code application/zip})
 * or its files as {@code multipart/form-data}: 202 and the job, whose URL is in {@code Location};</li>
 * <li>{@code GET /admin/imports/{id}}: the job, with its progress, then its report;</li>
 * <li>{@code GET /admin/imports}: every job kept.</li>
 * </ul>
 * The credential is checked before the body is read. Refusals are GraphQL-shaped errors (classification, the
 * parameter, a message), like the exports'.
 */
@RestController
class ImportController {

    static final String PATH = "/admin/imports";

    private final ImportJobs jobs;

    ImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> submit(@RequestParam(required = false) String mode, @RequestParam(required = false) String batchSize,
            @RequestParam(required = false) String writers, HttpServletRequest request) throws IOException, ServletException {
        ImportMode importMode;
        int batch;
        int writerCount;
        try {
            importMode = mode(mode);
            batch = number("batchSize", batchSize, ImportService.DEFAULT_BATCH_SIZE, 1, 100_000);
            writerCount = number("writers", writers, ImportService.DEFAULT_WRITERS, 1, 8);
        } catch (IllegalArgumentException e) {
            return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", e.getMessage(), argumentOf(e));
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        ImportUpload upload = new ImportUpload(jobs.properties().maxUploadSize().toBytes());
        try {
            if (type.startsWith("application/zip") || type.startsWith("application/x-zip-compressed")
                    || type.startsWith("application/octet-stream")) {
                upload.unzip(request.getInputStream());
            } else if (type.startsWith("multipart/form-data")) {
                for (Part part : parts(request)) {
                    upload.file(part.getSubmittedFileName() != null ? part.getSubmittedFileName() : part.getName(),
                            part.getInputStream());
                }
            } else {
                upload.close();
                return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "BAD_REQUEST", "send the import folder zipped "
                        + "(Content-Type: application/zip) or its files as multipart/form-data, not '" + type + "'", "body");
            }
            upload.requireFiles();
        } catch (ImportUpload.Refused e) {
            upload.close();
            return error(e.tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST, "BAD_REQUEST", e.getMessage(), "body");
        } catch (IOException | ServletException | RuntimeException e) {
            upload.close();
            throw e;
        }
        ImportJob job = jobs.submit(upload, importMode, batch, writerCount);
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + job.id)).contentType(MediaType.APPLICATION_JSON)
                .body(job.view());
    }

    @GetMapping(PATH + "/{id}")
    ResponseEntity<Map<String, Object>> job(@PathVariable String id) {
        return jobs.find(id).map(job -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(job.view()))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "NOT_FOUND", "no import job '" + id + "' (jobs are kept until "
                        + jobs.properties().keptJobs() + " newer ones have finished, and not across restarts)", "id"));
    }

    @GetMapping(PATH)
    ResponseEntity<Map<String, Object>> all() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("jobs", jobs.all().stream().map(ImportJob::view).toList()));
    }

    /** The parts, or the servlet container's size refusal as the upload's. */
    private Collection<Part> parts(HttpServletRequest request) throws IOException, ServletException {
        try {
            return request.getParts();
        } catch (IllegalStateException tooLarge) {
            throw ImportUpload.tooLarge(jobs.properties().maxUploadSize().toBytes());
        }
    }

    static ImportMode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return ImportMode.ALL_OR_NOTHING;
        }
        String canonical = mode.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ImportMode m : ImportMode.values()) {
            if (m.name().equals(canonical)) {
                return m;
            }
        }
        throw new IllegalArgumentException("mode: '" + mode + "' is not a mode; use all-or-nothing (the default) or keep-good");
    }

    static int number(String name, String value, int otherwise, int min, int max) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(name + ": '" + value + "' is not a whole number from " + min + " to " + max);
    }

    private static String argumentOf(IllegalArgumentException e) {
        String message = e.getMessage();
        return message.substring(0, Math.max(0, message.indexOf(':')));
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String classification, String message,
            String argument) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of(classification, message, argument));
    }
}

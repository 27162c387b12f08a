package org.alliancegraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliancegraph.api.ErrorBody;
import org.alliancegraph.api.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/{format}?...}: a subgraph as a file. The scope is resolved and the size checked
 * before the status line, so bad parameters and exports over the cap get a 400 with a GraphQL-shaped
 * error (classification, the parameter, a message); past that the file streams as it is read.
 */
@RestController
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);

    private final ExportService exports;
    private final ExportProperties properties;

    ExportController(ExportService exports, ExportProperties properties) {
        this.exports = exports;
        this.properties = properties;
    }

    @GetMapping("/export/{format}")
    void export(@PathVariable String format, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat f = ExportFormat.fromPath(format);
        ExportRequest parsed = ExportParameters.parse(request.getParameterMap(), properties.maxElements());
        ExportService.Prepared prepared = exports.prepare(parsed);
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(f.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(prepared.fileName(f)).build().toString());
        response.setHeader("X-Export-Nodes", Long.toString(prepared.nodes()));
        response.setHeader("X-Export-Edges-At-Most", Long.toString(prepared.edgesAtMost()));
        response.setHeader("X-Export-Truncated", Boolean.toString(prepared.selection().truncated()));
        OutputStream out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
        try {
            exports.write(prepared, f, ExportService.writer(f, out, "true".equals(request.getParameter("excel"))));
            out.flush();
        } catch (IOException | RuntimeException e) {
            // The status line is gone: all that is left is to cut the response short, so the client
            // sees a broken file rather than a complete-looking one.
            log.warn("export {} of {} stopped after the response started: {}", f.path(), prepared.selection().scope(), e.toString());
            throw e;
        }
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of("BAD_REQUEST", e.getMessage(), e.field()));
    }
}

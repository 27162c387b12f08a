package org.alliancegraph.workspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.access.Access;
import org.alliancegraph.access.Role;
import org.alliancegraph.api.AccessDeniedException;
import org.alliancegraph.api.ErrorBody;
import org.alliancegraph.api.InvalidInputException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The workspace over HTTP, for the page (and anyone with an editor's credential):
 * <ul>
 * <li>{@code POST /workspace/uploads} (multipart {@code files}, and {@code source} or {@code sourceTitle},
 * {@code sourceDate}, {@code sourceUrl}, {@code programme}): reads and plans, writes nothing;</li>
 * <li>{@code POST /workspace/uploads/{id}/plan} and {@code .../apply} with {@code {"choices": {ref: id|"new"}}};</li>
 * <li>{@code GET /workspace/template.xlsx} and {@code template.csv}: the spreadsheet to fill in.</li>
 * </ul>
 * Refusals are the service's error bodies: 400 naming the field, 401/403 for the role.
 */
@RestController
@RequestMapping("/workspace")
class WorkspaceController {

    record Choices(Map<String, String> choices) {
    }

    private final Uploads uploads;

    WorkspaceController(Uploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Uploads.View upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(required = false) String source, @RequestParam(required = false) String sourceTitle,
            @RequestParam(required = false) String sourceDate, @RequestParam(required = false) String sourceUrl,
            @RequestParam(required = false) String programme) throws IOException {
        Access.require(Role.EDITOR, "uploading spreadsheets");
        List<Uploads.File> read = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (f.getSize() > 20L * 1024 * 1024) {
                throw new InvalidInputException("files", f.getOriginalFilename() + " is over 20 MB: the page takes an ecosystem's "
                        + "spreadsheets; import larger files with ./alliance-graph import");
            }
            read.add(new Uploads.File(f.getOriginalFilename() == null ? "fichier" : f.getOriginalFilename(), f.getBytes()));
        }
        return uploads.preview(read, new UploadPlanner.Options(source, sourceTitle, sourceDate, sourceUrl, programme));
    }

    @PostMapping("/uploads/{id}/plan")
    Uploads.View plan(@PathVariable String id, @RequestBody(required = false) Choices body) {
        Access.require(Role.EDITOR, "uploading spreadsheets");
        return uploads.replan(id, body == null || body.choices() == null ? Map.of() : body.choices());
    }

    @PostMapping("/uploads/{id}/apply")
    ResponseEntity<Uploads.View> apply(@PathVariable String id, @RequestBody(required = false) Choices body) {
        Access.require(Role.EDITOR, "uploading spreadsheets");
        Uploads.View view = uploads.apply(id, body == null || body.choices() == null ? Map.of() : body.choices());
        return ResponseEntity.status(view.written() == null ? 400 : 200).body(view);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of("BAD_REQUEST", e.getMessage(), e.field()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e) {
        boolean anonymous = e.type() == ErrorType.UNAUTHORIZED;
        return ResponseEntity.status(anonymous ? 401 : 403).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of(anonymous ? "UNAUTHORIZED" : "FORBIDDEN", e.getMessage(), null));
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> templateXlsx() {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"alliance-graph-modele.xlsx\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(Template.xlsx());
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> templateCsv() {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"alliance-graph-partenaires.csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(Template.csv());
    }
}

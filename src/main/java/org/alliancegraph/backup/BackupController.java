package org.alliancegraph.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/backup}, for the ADMIN role: the whole curated graph in the import format
 * ({@link FolderExport}) as one zip, which {@code POST /admin/imports} (or {@code import --to}) on an
 * empty service restores. Streamed as the rows are read, so a large graph never sits in memory; a
 * failure midway (the status already sent) leaves a zip without its directory, which no unzip accepts.
 */
@RestController
class BackupController {

    static final String PATH = "/admin/backup";

    private final FolderExport export;

    BackupController(FolderExport export) {
        this.export = export;
    }

    @GetMapping(PATH)
    void backup(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"alliance-graph-backup-" + LocalDate.now() + ".zip\"");
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
            export.write(new FolderExport.Files() {
                @Override
                public OutputStream open(String name) throws IOException {
                    zip.putNextEntry(new ZipEntry(name));
                    return zip;
                }

                @Override
                public void done(String name, OutputStream out) throws IOException {
                    zip.closeEntry(); // the zip stays open for the next file
                }
            });
        }
    }
}

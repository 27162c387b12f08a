package org.alliancegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** A job's progress as its answer shows it, and the upload's rules, without a database. */
class ImportJobProgressTest {

    @Test
    void each_pass_reports_rows_done_of_how_many_with_a_rate_and_the_time_left() throws Exception {
        ImportJob job = new ImportJob("j", ImportMode.ALL_OR_NOTHING, 2_000, 2, 1_000,
                Map.of("organisations.csv", 101L, "sources.csv", 2L));
        assertThat(job.view()).containsEntry("state", "QUEUED").containsEntry("rowsToCheck", 101L).containsEntry("rowsToWrite", null);
        job.start();
        for (int i = 0; i < 50; i++) {
            job.progress.checked("organisations.csv");
        }
        Thread.sleep(20);
        Map<String, Object> checking = job.view();
        assertThat(checking).containsEntry("state", "CHECKING").containsEntry("file", "organisations.csv")
                .containsEntry("rowsChecked", 50L);
        assertThat((Long) checking.get("rowsPerSecond")).isPositive();
        assertThat((Long) checking.get("etaSeconds")).isNotNull();
        job.progress.checkingDone(90);
        job.progress.written("organisations.csv", 45);
        Thread.sleep(20);
        Map<String, Object> writing = job.view();
        assertThat(writing).containsEntry("state", "WRITING").containsEntry("rowsToWrite", 90L).containsEntry("rowsWritten", 45L);
        assertThat((Long) writing.get("rowsPerSecond")).isPositive();
    }

    @Test
    void an_upload_keeps_only_the_import_files_by_their_base_name_within_its_size() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // An entry that climbs out of the folder is saved under its base name, inside.
            zip.putNextEntry(new ZipEntry("../../etc/sources.csv"));
            zip.write("id,title\ns,T\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("notes/readme.md"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        try (ImportUpload upload = new ImportUpload(1_000)) {
            upload.unzip(new ByteArrayInputStream(bytes.toByteArray()));
            assertThat(upload.lines()).containsExactly(Map.entry("sources.csv", 2L));
            try (var files = Files.list(upload.folder())) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("sources.csv");
            }
        }
        try (ImportUpload small = new ImportUpload(10)) {
            assertThatThrownBy(() -> small.file("organisations.csv", new ByteArrayInputStream(new byte[11])))
                    .isInstanceOf(ImportUpload.Refused.class).hasMessageContaining("larger than 10 bytes")
                    .hasMessageContaining("alliance-graph.import.max-upload-size");
        }
        try (ImportUpload twice = new ImportUpload(1_000)) {
            twice.file("a/sources.csv", new ByteArrayInputStream(new byte[1]));
            assertThatThrownBy(() -> twice.file("b/sources.csv", new ByteArrayInputStream(new byte[1])))
                    .hasMessageContaining("sources.csv twice");
        }
    }
}

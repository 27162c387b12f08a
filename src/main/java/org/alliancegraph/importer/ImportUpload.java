package org.alliancegraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * An import folder sent to the service, saved in a private temporary folder: a zip of the folder
 * (its files at the top or in one folder of it), or the files one by one. Only the import format's
 * file names are kept, by their base name, so no entry can be written outside the folder; other
 * {@code .csv} names are refused (a misspelt file would otherwise be silently missing) and anything
 * else (a README, {@code __MACOSX/}) is skipped. The bytes written are counted against a limit, so a
 * small zip cannot fill the disk; newlines are counted on the way, for the progress of the check.
 */
final class ImportUpload implements AutoCloseable {

    static final Set<String> NAMES = ImportFiles.FILES.stream().map(CsvFile::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final String LISTED = ImportFiles.FILES.stream().map(CsvFile::name).collect(Collectors.joining(", "));

    /** The upload cannot be taken; {@code tooLarge} when it is over the size limit (HTTP 413). */
    static final class Refused extends RuntimeException {
        final boolean tooLarge;

        Refused(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }
    }

    private final Path folder;
    private final long maxBytes;
    private final Map<String, Long> lines = new LinkedHashMap<>();
    private long bytes;

    ImportUpload(long maxBytes) throws IOException {
        this.folder = Files.createTempDirectory("alliance-graph-import-");
        this.maxBytes = maxBytes;
    }

    Path folder() {
        return folder;
    }

    long bytes() {
        return bytes;
    }

    /** The files received and their newline counts. */
    Map<String, Long> lines() {
        return lines;
    }

    /** Saves every import file of a zip stream. */
    ImportUpload unzip(InputStream body) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(body)) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = zip.getNextEntry()) != null) {
                any = true;
                if (!entry.isDirectory()) {
                    String path = entry.getName().replace('\\', '/');
                    String base = path.substring(path.lastIndexOf('/') + 1);
                    if (!path.startsWith("__MACOSX/") && !base.startsWith("._")) {
                        file(base, zip);
                    }
                }
            }
            if (!any) {
                throw new Refused("the body is not a zip archive (or an empty one); send the import folder zipped, "
                        + "with Content-Type: application/zip, or its files as multipart/form-data", false);
            }
        } catch (ZipException e) {
            throw new Refused("the zip archive cannot be read (" + e.getMessage() + "); send the import folder zipped", false);
        }
        return this;
    }

    /** Saves one file of the upload under its base name, or skips it when it is no CSV file. */
    ImportUpload file(String name, InputStream content) throws IOException {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (!NAMES.contains(base)) {
            if (base.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                throw new Refused("'" + base + "' is not a file of the import format; an import folder holds "
                        + LISTED + " (docs/import-format.md)", false);
            }
            return this;
        }
        if (lines.containsKey(base)) {
            throw new Refused("the upload holds " + base + " twice; send one import folder", false);
        }
        long newlines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(folder.resolve(base))) {
            for (int n; (n = content.read(buffer)) > 0; ) {
                bytes += n;
                if (bytes > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
                out.write(buffer, 0, n);
            }
        }
        lines.put(base, newlines);
        return this;
    }

    /** An upload over the size limit, whoever noticed it (this copy, or the servlet container's multipart parser). */
    static Refused tooLarge(long maxBytes) {
        return new Refused("the upload is larger than " + maxBytes + " bytes once unpacked "
                + "(alliance-graph.import.max-upload-size); import a folder that large offline "
                + "with ./alliance-graph import, the service stopped", true);
    }

    /** Refuses an upload without any file of the format. */
    ImportUpload requireFiles() {
        if (lines.isEmpty()) {
            throw new Refused("the upload holds none of the import files (" + LISTED + ")", false);
        }
        return this;
    }

    @Override
    public void close() {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A temporary folder left behind is no reason to fail an import that is over.
        }
    }
}

package org.alliancegraph.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

/** Where the CSV files of one import come from: a folder on disk, or a folder on the classpath (demo). */
public interface ImportInput {

    /** A short description for messages, e.g. the folder path. */
    String description();

    /** Opens one file of the folder, or empty when the folder has no such file. */
    Optional<Reader> open(String fileName);

    static ImportInput folder(Path folder) {
        return new ImportInput() {
            @Override
            public String description() {
                return folder.toString();
            }

            @Override
            public Optional<Reader> open(String fileName) {
                Path file = folder.resolve(fileName);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new Utf8Reader(Files.newInputStream(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Files held in memory, by name (the page's uploads, once read into the import format). */
    static ImportInput texts(String description, Map<String, String> files) {
        return new ImportInput() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public Optional<Reader> open(String fileName) {
                String text = files.get(fileName);
                return text == null ? Optional.empty() : Optional.of(new StringReader(text));
            }
        };
    }

    static ImportInput classpath(String folder) {
        return new ImportInput() {
            @Override
            public String description() {
                return "classpath:" + folder;
            }

            @Override
            public Optional<Reader> open(String fileName) {
                ClassPathResource resource = new ClassPathResource(folder + "/" + fileName);
                if (!resource.exists()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new Utf8Reader(resource.getInputStream()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}

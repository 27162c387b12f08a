package org.alliancegraph.registry;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSVs of a registry delivery, one after the other, each record with its place ({@code file:line})
 * and its columns by header name: a zip of CSVs (read as a stream, never unpacked), a folder of
 * zips and CSVs, or one CSV. The encoding (UTF-8, else Windows-1252) and the separator ({@code ;}
 * or {@code ,}) are read from each file's first bytes.
 */
final class RegistryFiles {

    /** One record: where it is, and its values by column name (lower case). */
    record Row(String where, Map<String, String> values) {

        String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    /** What was read of one CSV: its name, charset and separator. */
    record Read(String name, String charset, char separator, long rows) {
    }

    private static final int SNIFF = 64 * 1024;

    private RegistryFiles() {
    }

    /** The CSVs a path holds, in name order: itself, or the entries of a zip, or a folder's zips and CSVs. */
    static List<Path> files(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                return s.filter(p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return n.endsWith(".zip") || n.endsWith(".csv");
                }).sorted().toList();
            }
        }
        return List.of(path);
    }

    /** Reads every CSV of {@code path}, giving each record to {@code rows}; returns what was read. */
    static List<Read> read(Path path, Consumer<Row> rows) throws IOException {
        List<Read> read = new ArrayList<>();
        for (Path file : files(path)) {
            String name = file.getFileName().toString();
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                    ZipEntry entry;
                    while ((entry = zip.getNextEntry()) != null) {
                        if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                            read.add(csv(name + "/" + entry.getName(), new NonClosing(zip), rows));
                        }
                    }
                }
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    read.add(csv(name, in, rows));
                }
            }
        }
        return read;
    }

    private static Read csv(String name, InputStream raw, Consumer<Row> rows) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF);
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        Charset charset = utf8(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        String firstLine = new String(head, charset).lines().findFirst().orElse("");
        char separator = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
        Reader reader = new InputStreamReader(in, charset);
        long n = 0;
        CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setAllowMissingColumnNames(true).get().parse(reader);
        List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
        Iterator<CSVRecord> it = parser.iterator();
        while (it.hasNext()) {
            CSVRecord r = it.next();
            Map<String, String> values = new HashMap<>(header.size() * 2);
            for (int i = 0; i < header.size() && i < r.size(); i++) {
                values.put(header.get(i), r.get(i));
            }
            rows.accept(new Row(name + ":" + (r.getRecordNumber() + 1), values));
            n++;
        }
        return new Read(name, charset.name(), separator, n);
    }

    /** Whether the bytes decode as UTF-8 (a multi-byte character cut at the end of the sample aside). */
    private static boolean utf8(byte[] head) {
        int end = head.length;
        // Do not judge a character the sample cut in two.
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** A zip entry's stream, which the CSV reader must not close (the next entry follows on it). */
    private static final class NonClosing extends FilterInputStream {

        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}

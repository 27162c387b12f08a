package org.alliancegraph.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alliancegraph.access.ApiKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import <folder> --to http://host:port}: zips the folder's import files, sends them to the
 * running service ({@code POST /admin/imports}), follows the job and prints its progress on standard
 * error and its report on standard output. No Spring, no database: it starts in the time the JVM takes.
 */
final class RemoteImport {

    /** Exit code when the service refused the import, could not be reached, or the job failed. */
    static final int SERVICE_ERROR = 4;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI service;
    private final String apiKey;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RemoteImport(URI service, String apiKey, PrintStream out, PrintStream err) {
        this.service = service;
        this.apiKey = apiKey;
        this.out = out;
        this.err = err;
    }

    int run(Path folder, ImportMode mode, int batchSize, int writers) throws IOException, InterruptedException {
        if (apiKey == null || apiKey.isBlank()) {
            err.println("import --to: an import through the service needs an admin API key: pass --api-key=KEY"
                    + " or set ALLIANCE_GRAPH_API_KEY (./alliance-graph key ADMIN makes one)");
            return 2;
        }
        Path zip = Files.createTempFile("alliance-graph-upload-", ".zip");
        try {
            int files = zip(folder, zip);
            if (files == 0) {
                err.println("import --to: " + folder.toAbsolutePath() + " holds none of the import files"
                        + " (sources.csv, organisations.csv, alliances.csv, memberships.csv; docs/import-format.md)");
                return 2;
            }
            URI submit = service.resolve(ImportController.PATH + "?mode=" + mode.name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + "&batchSize=" + batchSize + "&writers=" + writers);
            HttpResponse<String> answer;
            try {
                answer = http.send(HttpRequest.newBuilder(submit).header("Content-Type", "application/zip")
                        .header(ApiKeys.HEADER, apiKey)
                        .POST(HttpRequest.BodyPublishers.ofFile(zip)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                err.println("import --to: cannot reach " + service + " (" + (e.getMessage() == null ? "connection refused" : e.getMessage())
                        + "); is the service running there (./alliance-graph serve)?");
                return SERVICE_ERROR;
            }
            if (answer.statusCode() != 202) {
                err.println("import --to: the service answered " + answer.statusCode() + ": " + message(answer.body()));
                return SERVICE_ERROR;
            }
            JsonNode job = JSON.readTree(answer.body());
            URI location = service.resolve(answer.headers().firstValue("Location")
                    .orElse(ImportController.PATH + "/" + job.path("id").asString()));
            err.println("Sent " + files + " file(s), " + Files.size(zip) + " bytes zipped, to " + service + "; job " + location);
            return follow(folder, location, job);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private int follow(Path folder, URI location, JsonNode job) throws IOException, InterruptedException {
        String lastLine = "";
        long lastPrinted = 0;
        long wait = 10;
        while (true) {
            String state = job.path("state").asString();
            if (state.equals("DONE")) {
                JsonNode report = job.path("report");
                out.println("Import of " + folder.toAbsolutePath() + " through " + service + " (" + job.path("mode").asString() + "):");
                out.print(report.path("summary").asString());
                return report.path("problems").asLong() > 0 ? 1 : 0;
            }
            if (state.equals("FAILED")) {
                err.println("import --to: " + job.path("error").asString());
                return SERVICE_ERROR;
            }
            String line = progress(job);
            long now = System.nanoTime();
            if (!line.equals(lastLine) && (now - lastPrinted > 2_000_000_000L || !state.equals(lastLine.split(" ", 2)[0]))) {
                err.println(line);
                lastLine = line;
                lastPrinted = now;
            }
            Thread.sleep(wait);
            // Soon at first (a handful of rows takes a few hundred ms), then at most 4 times a second.
            wait = Math.min(250, wait * 3 / 2);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(location).header(ApiKeys.HEADER, apiKey)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                err.println("import --to: following " + location + ", the service answered " + answer.statusCode() + ": "
                        + message(answer.body()));
                return SERVICE_ERROR;
            }
            job = JSON.readTree(answer.body());
        }
    }

    /** One line: the pass, the file, rows done of how many, the rate and the time left. */
    static String progress(JsonNode job) {
        String state = job.path("state").asString();
        return switch (state) {
            case "QUEUED" -> "QUEUED behind another import";
            case "CHECKING" -> String.format(Locale.ROOT, "CHECKING %s: %,d of about %,d rows, %,d rows/s%s", job.path("file").asString("-"),
                    job.path("rowsChecked").asLong(), job.path("rowsToCheck").asLong(), job.path("rowsPerSecond").asLong(),
                    eta(job));
            case "WRITING" -> String.format(Locale.ROOT, "WRITING %s: %,d of %,d rows, %,d rows/s%s", job.path("file").asString("-"),
                    job.path("rowsWritten").asLong(), job.path("rowsToWrite").asLong(), job.path("rowsPerSecond").asLong(), eta(job));
            default -> state;
        };
    }

    private static String eta(JsonNode job) {
        JsonNode eta = job.path("etaSeconds");
        return eta.isNumber() ? ", ETA " + eta.asLong() + " s" : "";
    }

    private static String message(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("errors").path(0);
            if (error.has("message")) {
                return error.path("message").asString() + " (" + error.path("extensions").path("classification").asString() + ")";
            }
        } catch (RuntimeException notJson) {
            // said below
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    /** Zips the import files of the folder; returns how many. */
    static int zip(Path folder, Path zip) throws IOException {
        int files = 0;
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (CsvFile csv : ImportFiles.FILES) {
                Path path = folder.resolve(csv.name());
                if (Files.isRegularFile(path)) {
                    out.putNextEntry(new ZipEntry(csv.name()));
                    Files.copy(path, out);
                    out.closeEntry();
                    files++;
                }
            }
        }
        return files;
    }
}

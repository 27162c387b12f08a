package org.alliancegraph.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The load driver's HTTP: one blocking HTTP/1.1 keep-alive connection, used by one thread, that
 * posts a JSON body and reads the answer (Content-Length or chunked). It reconnects when the server
 * closes the connection (Tomcat does so every 100 requests by default).
 * <p>
 * Why not {@link java.net.http.HttpClient}: on 2 cores the load driver shares the CPU with the
 * service it measures, and the JDK client hands every exchange to its selector thread and back.
 * Against the same running L service, 32 clients over the 61 ordinary organisations reached 358
 * req/s with it and 507 / 554 with this connection; one client's {@code { __typename }} took 0.31 / 0.54 ms against 0.14 /
 * 0.13 ms (BENCHMARKS.md, "Eighth session"). What the driver spends is not the service's cost, so
 * the driver should spend little, as wrk or h2load do. {@code --http-client=jdk} still runs the
 * benchmark with the JDK client, to compare.
 */
final class HttpConnection implements AutoCloseable {

    private final String host;
    private final int port;
    private final String path;
    /** Further header lines, each ending with CRLF (an API key for a benchmark that writes). */
    private final String headers;
    private final byte[] buffer = new byte[1 << 16];
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    HttpConnection(String host, int port, String path) {
        this(host, port, path, "");
    }

    HttpConnection(String host, int port, String path, String headers) {
        this.host = host;
        this.port = port;
        this.path = path;
        this.headers = headers;
    }

    /** The status and the body of one POST of {@code json}. */
    record Response(int status, String body) {
    }

    Response post(byte[] json) {
        try {
            if (socket == null) {
                open();
            }
            try {
                return exchange(json);
            } catch (IOException stale) {
                // A kept-alive connection the server closed while it was idle (between the
                // benchmark's phases): once more on a new one. Every request here is a query or an
                // upsert, which is idempotent on its natural key.
                close();
                open();
                return exchange(json);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    private Response exchange(byte[] json) throws IOException {
        out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n" + headers + "Content-Length: "
                + json.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(json);
        out.flush();
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
            throw new IOException("not an HTTP/1.1 status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String h = header.toLowerCase(Locale.ROOT);
            if (h.startsWith("content-length:")) {
                length = Integer.parseInt(h.substring(15).trim());
            } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                chunked = true;
            } else if (h.startsWith("connection:") && h.contains("close")) {
                closing = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().split(";", 2)[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line().split(";", 2)[0].trim(), 16)) {
                copy(body, size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers, if any
            }
        } else if (length >= 0) {
            copy(body, length);
        } else {
            throw new IOException("an answer with neither Content-Length nor chunks");
        }
        if (closing) {
            close();
        }
        return new Response(status, body.toString(StandardCharsets.UTF_8));
    }

    private void open() throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        out = new BufferedOutputStream(socket.getOutputStream(), 8192);
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    }

    private void copy(ByteArrayOutputStream to, int n) throws IOException {
        while (n > 0) {
            int read = in.read(buffer, 0, Math.min(n, buffer.length));
            if (read < 0) {
                throw new EOFException("the connection closed inside an answer");
            }
            to.write(buffer, 0, read);
            n -= read;
        }
    }

    // Header lines are ASCII.
    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}

package org.alliancegraph.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser's side of the page's session, over HTTP: keeps cookies as a browser does, reads the
 * XSRF-TOKEN cookie and echoes it in X-XSRF-TOKEN when asked to (as the page's script does).
 */
public final class SessionClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies;
    private final HttpClient http;

    public SessionClient(int port) {
        this("http://localhost:" + port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private SessionClient(String base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** The same browser (its cookies) talking to another instance of the service, on this port. */
    public SessionClient on(int port) {
        return new SessionClient("http://localhost:" + port, cookies);
    }

    public HttpResponse<String> send(String method, String path, Object body, boolean withCsrf) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        String token = cookie("XSRF-TOKEN");
        if (withCsrf && token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart POST of files (name → bytes, each a part named {@code files}) and form fields, with the CSRF token. */
    public HttpResponse<String> upload(String path, Map<String, byte[]> files, Map<String, String> fields) throws Exception {
        return multipart(path, files.entrySet().stream().map(f -> new FilePart("files", f.getKey(), f.getValue())).toList(), fields,
                Map.of());
    }

    /** One file of a multipart request: the part's name, the file's name, its bytes. */
    public record FilePart(String part, String fileName, byte[] bytes) {
    }

    /** A multipart POST of these parts and form fields, with the CSRF token and these headers (an API key...). */
    public HttpResponse<String> multipart(String path, java.util.List<FilePart> files, Map<String, String> fields,
            Map<String, String> headers) throws Exception {
        String boundary = "----alliance-graph-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (FilePart file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.part() + "\"; filename=\"" + file.fileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.write(file.bytes());
            body.write("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        String token = cookie("XSRF-TOKEN");
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET /session (which also hands the CSRF cookie), then POST /session with the token. */
    public HttpResponse<String> signIn(String email, String password) throws Exception {
        send("GET", "/session", null, false);
        return send("POST", "/session", Map.of("email", email, "password", password), true);
    }

    /** A GraphQL request as the page sends it: with the CSRF token. */
    public JsonNode graphQl(String document) throws Exception {
        HttpResponse<String> answer = send("POST", "/graphql", Map.of("query", document), true);
        if (answer.statusCode() != 200) {
            throw new AssertionError("HTTP " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    public static String classification(JsonNode answer) {
        return answer.path("errors").path(0).path("extensions").path("classification").asString("");
    }
}

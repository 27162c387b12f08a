package org.alliancegraph.api;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL POST body must be a JSON object of bounded size: anything else (null, a list, a string,
 * nothing, broken JSON, too many bytes) gets a 4xx with a GraphQL error, where it got a 500 or an
 * error page that is not GraphQL. The body is read once here and handed on as it was.
 */
@Component
class RequestBodyFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int maxBytes;

    RequestBodyFilter(QueryLimits limits) {
        this.maxBytes = limits.maxBodyBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/graphql"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response, 413, "the request body is " + request.getContentLengthLong() + " bytes; at most " + maxBytes
                    + " are accepted (alliance-graph.limits.max-body-bytes)");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(response, 413, "the request body is over " + maxBytes + " bytes (alliance-graph.limits.max-body-bytes)");
            return;
        }
        String problem = problem(body);
        if (problem != null) {
            refuse(response, 400, problem);
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    static String problem(byte[] body) {
        if (body.length == 0) {
            return "the request body is empty; send a JSON object such as {\"query\": \"{ graphStats { alliances } }\"}";
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                return "the request body must be a JSON object with a \"query\" (and optionally \"variables\"), got "
                        + (node == null || node.isNull() ? "null" : node.isArray() ? "a list" : "a " + node.getNodeType().name().toLowerCase());
            }
            return null;
        } catch (JacksonException e) {
            return "the request body is not valid JSON; send a JSON object with a \"query\"";
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        ErrorBody.write(response, status, "BAD_REQUEST", message);
    }

    /** The request with its body already read. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

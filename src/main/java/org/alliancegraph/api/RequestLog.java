package org.alliancegraph.api;

import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import reactor.core.publisher.Mono;

/**
 * One log line for each request that was refused, failed or slow, and none for the others: each
 * request gets an id (the caller's {@code X-Request-Id} when it is a plain token, else a new one),
 * sent back in the same header and put in the logging context ({@code requestId}), so that a line
 * a user reports can be found. GraphQL answers are HTTP 200 even with errors: their classifications
 * are noted by the interceptor below and logged here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLog extends OncePerRequestFilter implements WebGraphQlInterceptor {

    static final String HEADER = "X-Request-Id";
    static final String ERRORS = RequestLog.class.getName() + ".errors";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

    private final Duration slow;

    RequestLog(@Value("${alliance-graph.log.slow-request:2s}") Duration slow) {
        this.slow = slow;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && TOKEN.matcher(given).matches() ? given
                : HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(4);
        response.setHeader(HEADER, id);
        MDC.put("requestId", id);
        // Spring for GraphQL copies the request's attributes: the interceptor fills this list, not the map.
        List<String> errors = new CopyOnWriteArrayList<>();
        request.setAttribute(ERRORS, errors);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long ms = (System.nanoTime() - started) / 1_000_000;
            int status = response.getStatus();
            String what = request.getMethod() + " " + request.getRequestURI() + " " + status + " in " + ms + " ms";
            if (status >= 500) {
                log.warn("request {} failed: {}", id, what);
            } else if (ms > slow.toMillis()) {
                log.warn("request {} slow: {}{}", id, what, errors.isEmpty() ? "" : ", errors " + errors);
            } else if (status >= 400 || !errors.isEmpty()) {
                log.info("request {} refused: {}{}", id, what, errors.isEmpty() ? "" : ", errors " + errors);
            }
            MDC.remove("requestId");
        }
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).doOnNext(response -> {
            if (!response.getErrors().isEmpty() && request.getAttributes().get(ERRORS) instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<String> errors = (List<String>) list;
                response.getErrors().stream().map(e -> e.getErrorType() + (e.getExtensions() != null
                        && e.getExtensions().get("limit") != null ? "[" + e.getExtensions().get("limit") + "]" : ""))
                        .distinct().limit(5).forEach(errors::add);
            }
        });
    }
}

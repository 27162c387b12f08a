package org.alliancegraph.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL-shaped error body ({@code {"errors": [{"message", "extensions": {"classification",
 * "argument"}}]}}) that answers outside GraphQL take too: refused bodies, exports, imports and the
 * security chain, so a client reads every refusal the same way.
 */
public final class ErrorBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorBody() {
    }

    /** The body; {@code argument} (the parameter or header at fault) may be null. */
    public static Map<String, Object> of(String classification, String message, String argument) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("classification", classification);
        if (argument != null) {
            extensions.put("argument", argument);
        }
        return Map.of("errors", List.of(Map.of("message", message, "extensions", extensions)));
    }

    /** Writes the body as the whole response, for filters that answer before any controller. */
    public static void write(HttpServletResponse response, int status, String classification, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(of(classification, message, null)));
    }
}

package org.alliancegraph.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The editor API keys the operator configured ({@code alliance-graph.security.editor-api-keys}) and
 * what a key presented in the {@value #HEADER} header is worth. Reads need no key; writes and imports
 * through the service need an editor's.
 */
@Component
public class ApiKeys {

    public static final String HEADER = "X-API-Key";

    /** What a request presented. */
    public enum Presented {
        NONE, INVALID, EDITOR
    }

    private final List<byte[]> keys;

    ApiKeys(@Value("${alliance-graph.security.editor-api-keys:}") List<String> keys) {
        this.keys = keys.stream().filter(k -> !k.isBlank()).map(k -> k.strip().getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Whether any key is configured: without one the service is read-only. */
    public boolean writesEnabled() {
        return !keys.isEmpty();
    }

    /** The role the header's value gives ({@code NONE} when the header is absent). */
    public Presented presented(String header) {
        return header == null ? Presented.NONE : matches(header) ? Presented.EDITOR : Presented.INVALID;
    }

    /** Why {@code presented} may not write, or {@code null} when it may; {@code what} names the act ("writing"). */
    public Refusal refusal(Presented presented, String what) {
        if (!writesEnabled()) {
            return new Refusal(false, what + " is disabled: no editor API key is configured "
                    + "(set alliance-graph.security.editor-api-keys)");
        }
        if (presented == null || presented == Presented.NONE) {
            return new Refusal(true, what + " needs the editor role: send an editor API key in the " + HEADER + " header");
        }
        if (presented != Presented.EDITOR) {
            return new Refusal(true, "the " + HEADER + " header does not hold a valid editor API key");
        }
        return null;
    }

    /**
     * A refused write: {@code unauthenticated} when a valid key would open it (HTTP 401, GraphQL
     * UNAUTHORIZED), otherwise no key could (HTTP 403, FORBIDDEN).
     */
    public record Refusal(boolean unauthenticated, String message) {
    }

    private boolean matches(String presented) {
        byte[] candidate = presented.strip().getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (byte[] key : keys) {
            // Constant-time comparison, and no early exit, so timing tells nothing about the keys.
            found |= MessageDigest.isEqual(key, candidate);
        }
        return found;
    }
}
